/**
 * npm run bench — prints figures, asserts nothing (budgets are checked by scripts/check-size.ts).
 *  1. bundle size of the worker from `wrangler deploy --dry-run` (raw and gzip);
 *  2. rules: evaluations per second of a full profile;
 *  3. cost per request through the worker's own fetch handler, in-process, next to a trivial route
 *     in the same run (wrangler dev tops out near 1,000 req/s here, so it cannot measure this).
 */
import { gzipSync } from 'node:zlib'
import { buildWorker, executionContext, loadWorker } from '../../scripts/lib/bundle.ts'
import { evaluate } from '../../rules/eligibility.ts'
import type { Profile } from '../../rules/profile.ts'


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

const out = (line: string) => process.stdout.write(`${line}\n`)

function time(label: string, iterations: number, fn: () => unknown): number {
  for (let i = 0; i < Math.min(1000, iterations / 10); i++) fn()
  const start = process.hrtime.bigint()
  for (let i = 0; i < iterations; i++) fn()
  const ns = Number(process.hrtime.bigint() - start) / iterations
  out(`${label.padEnd(60)} ${(ns / 1000).toFixed(2).padStart(9)} µs/op ${Math.round(1e9 / ns).toLocaleString('en').padStart(12)} ops/s`)
  return ns
}

console.log('== worker bundle (wrangler deploy --dry-run)')
const { file, bytes: bundle } = buildWorker('bench-dist')
console.log(`raw ${(bundle.length / 1024).toFixed(1)} KiB, gzip ${(gzipSync(bundle).length / 1024).toFixed(1)} KiB`)

console.log('\n== rules (plain TypeScript)')
time('evaluate(full profile)', 50_000, () => evaluate(fullProfile))
time('evaluate({})', 50_000, () => evaluate({}))

console.log('\n== worker fetch handler, in-process')
const worker = await loadWorker(file)
// Limits off (one client hammering), request logs on but muted: their cost stays in the figures.
const env = { API_VERSION: 'bench', RATE_LIMIT: 'off', REQUEST_LOG: 'on' }
console.log = () => {}
const ctx = executionContext
const get = (path: string, headers: Record<string, string> = {}) => () =>
  worker.fetch(new Request(`http://bench${path}`, { headers }), env, ctx).then((r) => r.arrayBuffer())
const body = JSON.stringify({ profile: fullProfile })
const postEligibility = (lang: string) => () =>
  worker
    .fetch(new Request(`http://bench/v1/eligibility?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }), env, ctx)
    .then((r) => r.arrayBuffer())

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function batch(fn: () => Promise<unknown>, n: number): Promise<number> {
  const start = process.hrtime.bigint()
  for (let i = 0; i < n; i++) await fn()
  return Number(process.hrtime.bigint() - start) / n
}

/**
 * The trivial route and the measured one run in alternating batches, so machine noise (other
 * processes, GC, JIT) hits both alike; we report medians of the per-round ratio.
 */
const trivialRoute = get('/healthz')
async function compare(label: string, fn: () => Promise<unknown>, rounds = 15, size = 300) {
  for (let i = 0; i < 500; i++) {
    await fn()
    await trivialRoute()
  }
  const ratios: number[] = []
  const costs: number[] = []
  const trivialCosts: number[] = []
  for (let r = 0; r < rounds; r++) {
    const t = await batch(trivialRoute, size)
    const x = await batch(fn, size)
    trivialCosts.push(t)
    costs.push(x)
    ratios.push(x / t)
  }
  const ns = median(costs)
  out(`${label.padEnd(60)} ${(ns / 1000).toFixed(1).padStart(7)} µs/req ${Math.round(1e9 / ns).toLocaleString('en').padStart(8)} req/s   trivial ${(median(trivialCosts) / 1000).toFixed(1)} µs   ${median(ratios).toFixed(2)}× trivial`)
  return median(ratios)
}

// Warm every GET scenario first, so the first rows measured do not pay for JIT and first-use work.
for (let i = 0; i < 3000; i++) {
  for (const lang of ['zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'en']) await get(`/v1/measures?lang=${lang}`)()
  await trivialRoute()
}
out('(budget: each at most 2.0× the trivial GET /healthz route)')
await compare('GET /healthz (trivial route, against itself)', trivialRoute)
for (const lang of ['zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'en']) await compare(`GET /v1/measures?lang=${lang}`, get(`/v1/measures?lang=${lang}`))
await compare('GET /v1/measures (Accept-Language: zh-TW)', get('/v1/measures', { 'accept-language': 'zh-TW' }))
await compare('GET /v1/measures/spring-shoots?lang=en', get('/v1/measures/spring-shoots?lang=en'))
await compare('GET /v1/policy?lang=en', get('/v1/policy?lang=en'))
const etag = (await worker.fetch(new Request('http://bench/v1/measures?lang=en'), env, ctx)).headers.get('etag')!
await compare('GET /v1/measures, If-None-Match → 304', get('/v1/measures?lang=en', { 'if-none-match': etag }))
for (const lang of ['zh-Hans', 'zh-Hant-TW', 'en']) await compare(`POST /v1/eligibility?lang=${lang}, full profile`, postEligibility(lang))
// Every request is parsed, validated, evaluated and rendered, whatever its profile; here every
// measure's inputs change from one profile to the next.
const distinctProfiles = Array.from({ length: 2000 }, (_, i) =>
  JSON.stringify({
    profile: {
      ...fullProfile,
      employees: 1 + (i % 500),
      rent: { areaSqm: 100 + i, yuanPerSqmPerDay: 1 + (i % 7) / 10 },
      cabbageHeartProject: { rdInvestmentYuan: 1_000_000 * (i + 1), outstandingImpact: i % 2 === 0 },
      majorProject: { ...fullProfile.majorProject, fundingYuan: 100_000 * (i + 1) },
      certifiedIncubator: i % 3 === 0,
      openCompetitionProject: { ...fullProfile.openCompetitionProject, listQuotaYuan: 10_000 * (i + 1) },
      futureIndustryProject: { ...fullProfile.futureIndustryProject, shortlisted: i % 5 !== 0 },
    },
  }),
)
let nextProfile = 0
for (const lang of ['zh-Hans', 'en']) {
  await compare(`POST /v1/eligibility?lang=${lang}, ${distinctProfiles.length} distinct profiles`, () =>
    worker
      .fetch(new Request(`http://bench/v1/eligibility?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: distinctProfiles[nextProfile++ % distinctProfiles.length] }), env, ctx)
      .then((r) => r.arrayBuffer()),
  )
}
// The floor for any POST with a body here (Request body stream + read), without evaluation:
const wrongType = () =>
  worker.fetch(new Request('http://bench/v1/eligibility?lang=en', { method: 'POST', headers: { 'content-type': 'text/plain' }, body }), env, ctx).then((r) => r.arrayBuffer())
await compare('POST /v1/eligibility, text/plain → 400 (POST floor)', wrongType)

// Search and glossary. Search builds nothing on its first query (the index and the
// Traditional→Simplified table are generated at build time): the first queries show what is left.
const searchPath = (q: string, lang: string) => `/v1/search?q=${encodeURIComponent(q)}&lang=${lang}`
const once = async (label: string, path: string) => {
  const start = process.hrtime.bigint()
  await get(path)()
  out(`${label.padEnd(60)} ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(1).padStart(7)} ms, once`)
}
await once('GET /v1/search, first Chinese query of an isolate (房租补贴)', searchPath('房租补贴', 'zh-Hans'))
await once('GET /v1/search, first Traditional query (房租補貼)', searchPath('房租補貼', 'zh-Hant'))
// Every query is searched, serialized and tagged afresh, repeated or not.
await compare('GET /v1/search?q=房租补贴&lang=zh-Hans', get(searchPath('房租补贴', 'zh-Hans')))
await compare('GET /v1/search?q=智慧製造&lang=zh-Hant-TW', get(searchPath('智慧製造', 'zh-Hant-TW')))
await compare('GET /v1/search?q=rent subsidy&lang=en', get(searchPath('rent subsidy', 'en')))
const vocabulary: [string, string[]][] = [
  ['zh-Hans', ['房租补贴', '孵化器', '白菜心', '揭榜挂帅', '商业航天', '智能制造', '概念验证', '专精特新', '研发投入', '配套资金', '亦庄新城', '里程碑', '量子通信', '生物医药', '春笋', '运营支持']],
  ['zh-Hant-TW', ['房租補貼', '育成中心', '智慧製造', '商業航太', '腦機介面', '資訊科技', '具身智慧', '自動駕駛', '揭榜掛帥', '產業強基', '領航級孵化器', '概念驗證', '專精特新', '賽馬', '春筍', '鏈主企業']],
  ['en', ['rent subsidy', 'incubator', 'cabbage heart', 'open bidding', 'proof of concept', 'commercial aerospace', 'matching funds', 'spring shoots', 'R&D investment', 'flagship incubator', 'autonomous driving', 'quantum', 'milestones', 'biomedicine', 'valley of death', 'tech SMEs']],
]
// Two-term queries, more of them than the isolate keeps: every request is a real search.
const distinct = vocabulary.flatMap(([lang, words]) => words.flatMap((a) => words.filter((b) => b !== a).map((b) => searchPath(`${a} ${b}`, lang))))
let next = 0
await compare(`GET /v1/search, ${distinct.length} distinct two-term queries`, () => get(distinct[next++ % distinct.length]!)())
await compare('GET /v1/glossary?lang=en', get('/v1/glossary?lang=en'))
