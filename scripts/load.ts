/**
 * npm run load — 50 connections against the worker under `wrangler dev` (started here with rate
 * limits off, or API_URL=…), for the measures list in each language and for eligibility.
 * Prints req/s, p50/p99 latency, errors and non-2xx. Bounded: LOAD_SECONDS per scenario (default 8).
 * Note: wrangler dev itself tops out near 1,000 req/s on a 2-core machine; see `npm run bench`
 * for the worker's own cost.
 */
import { Agent, request } from 'node:http'
import { startWorker } from './lib/server.ts'

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 8)

interface Scenario {
  name: string
  method: 'GET' | 'POST'
  path: string
  /** Sent in turn, one per request. */
  bodies?: string[]
}

const profile = JSON.stringify({
  profile: {
    operatesInYizhuangNewTown: true, certifiedTechSme: true, employees: 60, rent: { areaSqm: 800, yuanPerSqmPerDay: 1.8 },
    cabbageHeartProject: { rdInvestmentYuan: 40_000_000, outstandingImpact: false },
    majorProject: { level: 'national', fundingYuan: 12_000_000, alignedWithEtown: true }, certifiedIncubator: false,
    openCompetitionProject: { industry: 'robotics-intelligent-manufacturing', listQuotaYuan: 6_000_000 },
    futureIndustryProject: { field: 'quantum-communication', shortlisted: true },
  },
})

const full = JSON.parse(profile).profile
// Every measure's inputs differ between these, and there are more than the worker keeps recent results for.
const distinct = Array.from({ length: 5000 }, (_, i) =>
  JSON.stringify({
    profile: {
      ...full,
      employees: 1 + (i % 500),
      rent: { areaSqm: 100 + i, yuanPerSqmPerDay: 1 + (i % 7) / 10 },
      cabbageHeartProject: { rdInvestmentYuan: 1_000_000 * (i + 1), outstandingImpact: i % 2 === 0 },
      majorProject: { ...full.majorProject, fundingYuan: 100_000 * (i + 1) },
      openCompetitionProject: { ...full.openCompetitionProject, listQuotaYuan: 10_000 * (i + 1) },
    },
  }),
)

const scenarios: Scenario[] = [
  ...['zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'en'].map((lang) => ({ name: `GET /v1/measures?lang=${lang}`, method: 'GET' as const, path: `/v1/measures?lang=${lang}` })),
  { name: 'POST /v1/eligibility (same profile)', method: 'POST', path: '/v1/eligibility?lang=en', bodies: [profile] },
  { name: 'POST /v1/eligibility (distinct profiles)', method: 'POST', path: '/v1/eligibility?lang=en', bodies: distinct },
]

let sent = 0

function once(agent: Agent, base: URL, s: Scenario): Promise<number> {
  const body = s.bodies?.[sent++ % s.bodies.length]
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: base.hostname, port: base.port, method: s.method, path: s.path, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')))
    req.end(body)
  })
}

async function run(base: URL, s: Scenario) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const latencies: number[] = []
  let errors = 0
  let non2xx = 0
  const end = Date.now() + SECONDS * 1000
  const started = Date.now()
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const t = performance.now()
        try {
          const status = await once(agent, base, s)
          latencies.push(performance.now() - t)
          if (status < 200 || status > 299) non2xx++
        } catch {
          errors++
        }
      }
    }),
  )
  agent.destroy()
  const elapsed = (Date.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]! : NaN)
  console.log(
    `${s.name.padEnd(44)} ${(latencies.length / elapsed).toFixed(0).padStart(6)} req/s  p50 ${pct(0.5).toFixed(1).padStart(6)} ms  p99 ${pct(0.99).toFixed(1).padStart(6)} ms  errors ${errors}  non-2xx ${non2xx}  (${latencies.length} requests)`,
  )
  return errors + non2xx
}

const worker = await startWorker()
let failures = 0
try {
  console.log(`${CONNECTIONS} connections, ${SECONDS} s per scenario, against ${worker.url}`)
  for (const s of scenarios) failures += await run(new URL(worker.url), s)
} finally {
  worker.stop()
}
process.exit(failures > 0 ? 1 : 0)
