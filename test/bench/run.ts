/**
 * npm run bench — prints figures, asserts nothing (budgets are checked by scripts/check-size.ts).
 *  1. bundle size of the worker from `wrangler deploy --dry-run` (raw and gzip);
 *  2. rules: evaluations per second of a full profile;
 *  3. cost per request through the worker's own fetch handler, in-process, next to a trivial route
 *     in the same run (wrangler dev tops out near 1,000 req/s here, so it cannot measure this).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, mkdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { evaluate } from '../../rules/eligibility.ts'
import type { Profile } from '../../rules/profile.ts'

const root = new URL('../../', import.meta.url).pathname
const outdir = join(root, '.tmp/bench-dist')
mkdirSync(outdir, { recursive: true })

const fullProfile: Profile = {
  operatesInYizhuangNewTown: true,
  certifiedTechSme: true,
  employees: 60,
  rent: { areaSqm: 800, yuanPerSqmPerDay: 1.8 },
  cabbageHeartProject: { rdInvestmentYuan: 40_000_000, outstandingImpact: false },
  majorProject: { level: 'national', fundingYuan: 12_000_000, alignedWithEtown: true },
  certifiedIncubator: false,
  openCompetitionProject: { industry: 'robotics-intelligent-manufacturing', listQuotaYuan: 6_000_000 },
  futureIndustryProject: { field: 'quantum-communication', shortlisted: true },
}

function time(label: string, iterations: number, fn: () => unknown): number {
  for (let i = 0; i < Math.min(1000, iterations / 10); i++) fn()
  const start = process.hrtime.bigint()
  for (let i = 0; i < iterations; i++) fn()
  const ns = Number(process.hrtime.bigint() - start) / iterations
  console.log(`${label.padEnd(48)} ${(ns / 1000).toFixed(2).padStart(9)} µs/op ${Math.round(1e9 / ns).toLocaleString('en').padStart(12)} ops/s`)
  return ns
}

async function timeAsync(label: string, iterations: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(500, iterations / 10); i++) await fn()
  const start = process.hrtime.bigint()
  for (let i = 0; i < iterations; i++) await fn()
  const ns = Number(process.hrtime.bigint() - start) / iterations
  console.log(`${label.padEnd(48)} ${(ns / 1000).toFixed(2).padStart(9)} µs/req ${Math.round(1e9 / ns).toLocaleString('en').padStart(12)} req/s`)
  return ns
}

console.log('== worker bundle (wrangler deploy --dry-run)')
execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
})
const bundle = readFileSync(join(outdir, 'index.js'))
console.log(`raw ${(bundle.length / 1024).toFixed(1)} KiB, gzip ${(gzipSync(bundle).length / 1024).toFixed(1)} KiB`)

console.log('\n== rules (plain TypeScript)')
time('evaluate(full profile)', 50_000, () => evaluate(fullProfile))
time('evaluate({})', 50_000, () => evaluate({}))

console.log('\n== worker fetch handler, in-process')
const worker = (await import(pathToFileURL(join(outdir, 'index.js')).href)).default as {
  fetch: (request: Request, env: unknown, ctx: unknown) => Promise<Response>
}
const env = { API_VERSION: 'bench' }
const ctx = { waitUntil() {}, passThroughOnException() {} }
const get = (path: string, headers: Record<string, string> = {}) => () =>
  worker.fetch(new Request(`http://bench${path}`, { headers }), env, ctx).then((r) => r.arrayBuffer())
const body = JSON.stringify({ profile: fullProfile })
const postEligibility = (lang: string) => () =>
  worker
    .fetch(new Request(`http://bench/v1/eligibility?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }), env, ctx)
    .then((r) => r.arrayBuffer())

const N = 5000
const trivial = await timeAsync('GET /healthz (trivial route)', N, get('/healthz'))
const rows: [string, number][] = []
for (const lang of ['zh-Hans', 'zh-Hant-TW', 'en']) {
  rows.push([`GET /v1/measures?lang=${lang}`, await timeAsync(`GET /v1/measures?lang=${lang}`, N, get(`/v1/measures?lang=${lang}`))])
}
rows.push(['GET /v1/measures (Accept-Language: zh-TW)', await timeAsync('GET /v1/measures (Accept-Language: zh-TW)', N, get('/v1/measures', { 'accept-language': 'zh-TW' }))])
rows.push(['GET /v1/measures/spring-shoots?lang=en', await timeAsync('GET /v1/measures/spring-shoots?lang=en', N, get('/v1/measures/spring-shoots?lang=en'))])
rows.push(['GET /v1/measures, If-None-Match → 304', await timeAsync('GET /v1/measures, If-None-Match → 304', N, async () => {
  const etag = (await worker.fetch(new Request('http://bench/v1/measures?lang=en'), env, ctx)).headers.get('etag')!
  return get('/v1/measures?lang=en', { 'if-none-match': etag })()
}) / 2])
for (const lang of ['zh-Hans', 'en']) {
  rows.push([`POST /v1/eligibility?lang=${lang}`, await timeAsync(`POST /v1/eligibility?lang=${lang} (full profile)`, N, postEligibility(lang))])
}

console.log('\n== cost relative to the trivial route (budget: 2.0×)')
for (const [label, ns] of rows) console.log(`${label.padEnd(48)} ${(ns / trivial).toFixed(2)}×`)
