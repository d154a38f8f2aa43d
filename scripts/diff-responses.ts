/**
 * npm run diff -- [ref] — sends the same requests to the worker built from `ref` (default: the
 * commit before the worker was simplified) and to the working tree's, both in-process, and prints
 * every response that differs in status, headers (X-Request-Id aside) or body bytes. For
 * refactors that must not change what clients receive. `--ignore-etag` compares everything but
 * the ETag value (and If-None-Match requests are then skipped); `--labels` lists the differing
 * requests one a line.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { buildWorker, executionContext, loadWorker, root, type WorkerModule } from './lib/bundle.ts'

const args = process.argv.slice(2)
const ignoreEtag = args.includes('--ignore-etag')
const labelsOnly = args.includes('--labels')
const ref = args.find((a) => !a.startsWith('--')) ?? '6250340'

// The baseline: the ref's tree, exported beside the project, sharing its node_modules.
const baseDir = join(root, '.tmp', `diff-base-${ref}`)
if (!existsSync(join(baseDir, 'package.json'))) {
  rmSync(baseDir, { recursive: true, force: true })
  mkdirSync(baseDir, { recursive: true })
  execFileSync('sh', ['-c', `git archive ${ref} | tar -x -C ${baseDir}`], { cwd: root })
  symlinkSync(join(root, 'node_modules'), join(baseDir, 'node_modules'))
}
const base = await loadWorker(buildWorker('diff-base', baseDir).file)
const head = await loadWorker(buildWorker('diff-head').file)

const languages = ['zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'en']
const ids = [
  'high-end-industry-layout', 'sci-tech-special-projects', 'industrial-foundation', 'innovation-relay', 'spring-shoots',
  'incubator-building', 'industry-academia-collaboration', 'future-industries-outlook', 'leading-industry-chains',
  'rd-investment-incentives', 'innovation-achievement-awards', 'tiered-enterprise-cultivation', 'sci-tech-services-upgrade',
  'regional-innovation-collaboration', 'international-innovation-cooperation',
]
const queries = [
  '房租补贴', '房租補貼', '租金津貼', '孵化器', '育成中心', '白菜心', '揭榜挂帅', '揭榜掛帥', '商业航天', '商業航太', '智能制造', '智慧製造',
  '概念验证', '專精特新', '研发投入', '研究及發展', '配套资金', '亦庄新城', '里程碑', '量子通信', '生物医药', '春笋', '春筍', '运营支持',
  '腦機介面', '資訊科技', '具身智慧', '自動駕駛', '人工智能', 'AI', '領航級孵化器', '賽馬', '鏈主企業', 'rent subsidy', 'incubator',
  'cabbage heart', 'open bidding', 'proof of concept', 'commercial aerospace', 'matching funds', 'spring shoots', 'R&D investment',
  'flagship incubator', 'autonomous driving', 'quantum', 'milestones', 'biomedicine', 'valley of death', 'tech SMEs', 'rent', 'Rent Subsidies',
  'subsidy 1.5', '1亿', '3000万', '100人', 'zzz', '的', 'the', '"quoted"', '  spaced   words  ', 'x'.repeat(200), 'y'.repeat(201), '',
]

type Req = { label: string; request: () => Request }
const requests: Req[] = []
const get = (path: string, headers: Record<string, string> = {}) =>
  requests.push({ label: `GET ${path} ${JSON.stringify(headers)}`, request: () => new Request(`http://diff${path}`, { headers }) })
const post = (path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, method = 'POST') =>
  requests.push({ label: `${method} ${path} ${JSON.stringify(headers)} ${body.slice(0, 160)}`, request: () => new Request(`http://diff${path}`, { method, headers, body }) })

const paths = ['/healthz', '/v1/policy', '/v1/measures', '/v1/measures?kind=action', '/v1/measures?kind=plan', '/v1/measures?kind=action&group=innovation-factors',
  '/v1/measures?group=original-innovation', '/v1/measures?kind=nope', '/v1/glossary', '/v1/source', '/v1/eligibility/options', '/problems', '/problems/validation', '/problems/nope',
  '/v1/measures/nope', '/nope', '/openapi.json', '/docs', '/', ...ids.map((id) => `/v1/measures/${id}`)]
for (const path of paths) {
  const sep = path.includes('?') ? '&' : '?'
  get(path)
  for (const lang of languages) get(`${path}${sep}lang=${lang}`)
  get(`${path}${sep}lang=fr`)
  for (const accept of ['zh-TW', 'zh_CN', 'en-US,en;q=0.9', 'zh-HK;q=0.5, en;q=0.4', 'fr, zh-Hant;q=0.1', '*']) get(path, { 'accept-language': accept })
}
for (const lang of ['zh-CN', 'zh_TW', 'zh-hk', 'EN-us', 'zh', '']) get(`/v1/measures/spring-shoots?lang=${lang}`)
for (const q of queries) for (const lang of languages) get(`/v1/search?q=${encodeURIComponent(q)}&lang=${lang}`)
get('/v1/search'); get('/v1/search?q=a&q=b'); get('/v1/search?q=rent&lang=en&extra=1')

// Eligibility: fixed profiles, then a seeded random walk over every field (edges included).
const fixed = [
  {}, { profile: {} },
  { profile: { certifiedTechSme: true, employees: 60, rent: { areaSqm: 800, yuanPerSqmPerDay: 1.8 } } },
  { profile: { certifiedTechSme: true, employees: 120, rent: { areaSqm: 2500, yuanPerSqmPerDay: 1.2 } } },
  { profile: { rent: null, cabbageHeartProject: null, majorProject: null, openCompetitionProject: null, futureIndustryProject: null } },
  { profile: { employees: -1 } }, { profile: { employees: 1.5 } }, { profile: { nope: 1 } }, { profile: { rent: { areaSqm: 'x' } } },
  { profile: { majorProject: { level: 'city' } } }, { profile: { openCompetitionProject: { industry: 'other', listQuotaYuan: 1 } } },
  { profile: { cabbageHeartProject: { rdInvestmentYuan: 300_000_000, outstandingImpact: false } } },
  { profile: { cabbageHeartProject: { rdInvestmentYuan: 12_345_678.91, outstandingImpact: true } } },
]
const rand = (() => {
  let s = 42
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32)
})()
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
const maybe = <T,>(value: () => T): T | undefined | null => (rand() < 0.15 ? undefined : rand() < 0.1 ? null : value())
const money = () => pick([0, 1, 0.01, 0.005, 999_999.995, 10_000_000, 20_000_000, 60_000_000, 200_000_000, 300_000_000, Math.round(rand() * 1e10) / 100])
const profiles = Array.from({ length: 400 }, () => {
  const profile: Record<string, unknown> = {
    operatesInYizhuangNewTown: maybe(() => rand() < 0.7),
    certifiedTechSme: maybe(() => rand() < 0.7),
    employees: maybe(() => pick([0, 1, 99, 100, 101, 5000, Math.floor(rand() * 300)])),
    rent: maybe(() => ({ areaSqm: maybe(() => pick([0, 1, 999.5, 1000, 1001, 2000, 2001, rand() * 3000])), yuanPerSqmPerDay: maybe(() => pick([0, 1.49, 1.5, 1.51, 3, rand() * 3])) })),
    cabbageHeartProject: maybe(() => ({ rdInvestmentYuan: maybe(money), outstandingImpact: maybe(() => rand() < 0.5) })),
    majorProject: maybe(() => ({ level: maybe(() => pick(['national', 'beijing'])), fundingYuan: maybe(money), alignedWithEtown: maybe(() => rand() < 0.7) })),
    certifiedIncubator: maybe(() => rand() < 0.5),
    openCompetitionProject: maybe(() => ({ industry: maybe(() => pick(['next-generation-it', 'biomedicine-health', 'robotics-intelligent-manufacturing', 'intelligent-connected-vehicles', 'other'])), listQuotaYuan: maybe(money) })),
    futureIndustryProject: maybe(() => ({ field: maybe(() => pick(['commercial-aerospace', 'quantum-communication', 'embodied-intelligence', 'brain-computer-interface', 'autonomous-driving', '6g', 'synthetic-biology', 'other'])), shortlisted: maybe(() => rand() < 0.6) })),
  }
  return { profile: JSON.parse(JSON.stringify(profile)) }
})
for (const [i, body] of [...fixed, ...profiles].entries()) post(`/v1/eligibility?lang=${languages[i % languages.length]}`, JSON.stringify(body))
for (const lang of languages) post(`/v1/eligibility?lang=${lang}`, JSON.stringify(fixed[2]))
post('/v1/eligibility', JSON.stringify(fixed[2]), { 'content-type': 'application/json', 'accept-language': 'en-GB' })
post('/v1/eligibility?lang=en', '{"profile":', { 'content-type': 'application/json' })
post('/v1/eligibility?lang=en', 'not json', { 'content-type': 'application/json' })
post('/v1/eligibility?lang=en', '', { 'content-type': 'application/json' })
post('/v1/eligibility?lang=en', '[]', { 'content-type': 'application/json' })
post('/v1/eligibility?lang=en', '{}', { 'content-type': 'text/plain' })
post('/v1/eligibility?lang=en', '{}', {})
post('/v1/eligibility?lang=en', '{}', { 'content-type': 'application/json; charset=utf-8' })
post('/v1/eligibility?lang=zh-Hant-TW', JSON.stringify({ profile: { employees: 1 }, pad: 'x'.repeat(70_000) }))
post('/v1/eligibility?lang=fr', '{}')
post('/v1/measures?lang=en', '{}')
post('/v1/measures', '', {}, 'DELETE')
post('/v1/eligibility', '', {}, 'PUT')
requests.push({ label: 'OPTIONS preflight', request: () => new Request('http://diff/v1/eligibility', { method: 'OPTIONS', headers: { origin: 'https://x.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } }) })
requests.push({ label: 'HEAD /v1/measures', request: () => new Request('http://diff/v1/measures?lang=en', { method: 'HEAD' }) })
get('/v1/measures?lang=en', { origin: 'https://x.example' })

const env = { API_VERSION: 'diff', RATE_LIMIT: 'off', REQUEST_LOG: 'off' }
const call = async (worker: WorkerModule, r: Req) => {
  // A fixed request id: problem bodies echo it.
  const response = await worker.fetch(withHeader(r.request(), 'x-request-id', 'diff'), env, executionContext)
  const headers = [...response.headers].filter(([k]) => k !== 'x-request-id' && !(ignoreEtag && k === 'etag'))
  return { status: response.status, headers: headers.map(([k, v]) => `${k}: ${v}`).join('\n'), body: Buffer.from(await response.arrayBuffer()), etag: response.headers.get('etag') }
}

let differ = 0
const log = console.log
console.log = () => {} // request log lines
for (const r of requests) {
  const [a, b] = [await call(base, r), await call(head, r)]
  // Conditional GETs with each side's own ETag must agree too.
  const conditional = !ignoreEtag && a.etag && b.etag
    ? [await call(base, { ...r, request: () => withHeader(r.request(), 'if-none-match', a.etag!) }), await call(head, { ...r, request: () => withHeader(r.request(), 'if-none-match', b.etag!) })]
    : undefined
  const problems: string[] = []
  if (a.status !== b.status) problems.push(`status ${a.status} → ${b.status}`)
  if (a.headers !== b.headers) problems.push(`headers:\n  - ${a.headers.replaceAll('\n', '\n  - ')}\n  + ${b.headers.replaceAll('\n', '\n  + ')}`)
  if (!a.body.equals(b.body)) problems.push(`body:\n  - ${a.body.toString().slice(0, 600)}\n  + ${b.body.toString().slice(0, 600)}`)
  if (conditional && conditional[0]!.status !== conditional[1]!.status) problems.push(`If-None-Match: ${conditional[0]!.status} → ${conditional[1]!.status}`)
  if (problems.length) {
    differ++
    if (labelsOnly) log(`✗ ${r.label}`)
    else if (differ <= 30) log(`✗ ${r.label}\n${problems.join('\n')}\n`)
  }
}
log(`${requests.length} requests: ${requests.length - differ} identical, ${differ} different (baseline ${ref}${ignoreEtag ? ', ETag values ignored' : ''})`)
process.exit(differ ? 1 : 0)

function withHeader(request: Request, name: string, value: string): Request {
  const headers = new Headers(request.headers)
  headers.set(name, value)
  return new Request(request, { headers })
}
