/**
 * npm run bench — the figures that users and the platform feel: worker lines, bundle size, and
 * what a fresh isolate and a warm one cost, in workerd itself (no dev proxy).
 *
 * Cold: for each sample a new `workerd serve` process runs the deploy bundle
 * (`wrangler deploy --dry-run`); the process's CPU time (every thread, from
 * /proc/<pid>/task/* /schedstat) is read as soon as it listens, just before the first request is
 * sent, and again when its response has ended: workerd loads the worker after it starts listening,
 * so module evaluation is included. The same is done, alternately, for a
 * minimal Hono worker (one /healthz route) bundled the same way; the figure is the difference of
 * the medians. Warm: in one process, sequential requests over HTTP, CPU per request, minus the
 * minimal worker's warm /healthz. Prints figures; asserts nothing.
 *
 * --isolates=N (e.g. 20, with --samples=5): each sample is one process serving N copies of the
 * worker, N isolates, each sent the request once; the figure is the process's whole CPU divided
 * by N. On a shared machine this averages out the noise a single first request carries, so
 * differences of a millisecond show (use it to compare two builds with --config).
 * --floor=<wrangler.toml> compares with that build, request for request, instead of the minimal
 * worker: an A/B of two experiments measured alternately under the same load.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { dirname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildWorker, root } from '../../scripts/lib/bundle.ts'

const args = process.argv.slice(2)
const SAMPLES = Number(args.find((a) => a.startsWith('--samples='))?.slice(10) ?? 7)
const WARM = Number(args.find((a) => a.startsWith('--warm='))?.slice(7) ?? 400)
const only = args.find((a) => a.startsWith('--only='))?.slice(7)
const ISOLATES = Number(args.find((a) => a.startsWith('--isolates='))?.slice(11) ?? 1)
const workerd = join(root, 'node_modules/@cloudflare/workerd-linux-64/bin/workerd')
const dir = join(root, '.tmp', 'cold')
mkdirSync(dir, { recursive: true })

const wrangler = readFileSync(join(root, 'wrangler.toml'), 'utf8')
const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(wrangler)![1]!
const flags = /^compatibility_flags\s*=\s*(\[[^\]]*\])/m.exec(wrangler)?.[1] ?? '[]'

// The floor: a minimal Hono worker, bundled by the same wrangler/esbuild with the same settings.
const floorDir = join(dir, 'floor-src')
mkdirSync(floorDir, { recursive: true })
writeFileSync(
  join(floorDir, 'index.ts'),
  "import { Hono } from 'hono'\nconst app = new Hono()\napp.get('/healthz', (c) => c.json({ status: 'ok' }))\nexport default app\n",
)
writeFileSync(
  join(floorDir, 'wrangler.toml'),
  `name = "floor"\nmain = "index.ts"\ncompatibility_date = "${compatibilityDate}"\ncompatibility_flags = ${flags}\nkeep_names = false\nminify = ${/^minify\s*=\s*true/m.test(wrangler)}\n`,
)
// --config=<wrangler.toml>: measure another worker (an experiment) against the same floor.
const otherConfig = args.find((a) => a.startsWith('--config='))?.slice(9)
const project = buildWorker('cold-project', root, otherConfig ? ['--config', otherConfig] : [])
// --floor=<wrangler.toml>: compare with another build (A/B of two experiments) instead.
const floorConfig = args.find((a) => a.startsWith('--floor='))?.slice(8) ?? join(floorDir, 'wrangler.toml')
const floor = buildWorker('cold-floor', root, ['--config', floorConfig])

/** The Data modules wrangler writes beside the bundle (*.bin imports), embedded as workerd loads them. */
const dataModules = (bundle: string) =>
  readdirSync(dirname(bundle)).filter((f) => f.endsWith('.bin')).map((f) => `, (name = "${f}", data = embed "${relative(dir, join(dirname(bundle), f))}")`).join('')

let nextPort = 20000 + Math.floor(Math.random() * 20000)
/** `copies` services on consecutive ports from `port`, each the same worker (its own isolate). */
function config(bundle: string, port: number, copies = 1): string {
  const file = join(dir, `config-${port}.capnp`)
  const vars = { API_VERSION: 'bench', RATE_LIMIT: 'off', REQUEST_LOG: 'off', PUBLIC_BASE_URL: 'https://api.example' }
  const each = Array.from({ length: copies }, (_, i) => i)
  writeFileSync(
    file,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [${each.map((i) => `(name = "s${i}", worker = .worker)`).join(', ')}],
  sockets = [${each.map((i) => `(name = "h${i}", address = "127.0.0.1:${port + i}", http = (), service = "s${i}")`).join(', ')}],
);
const worker :Workerd.Worker = (
  modules = [(name = "index.js", esModule = embed "${relative(dir, bundle)}")${dataModules(bundle)}],
  compatibilityDate = "${compatibilityDate}",
  compatibilityFlags = ${flags},
  bindings = [${Object.entries(vars).map(([name, text]) => `(name = "${name}", text = "${text}")`).join(', ')}],
);
`,
  )
  return file
}

/** CPU time of every thread of a process, in ns. */
function cpu(pid: number): number {
  let total = 0
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0])
    } catch {} // a thread that ended
  }
  return total
}

async function listening(port: number, deadline = Date.now() + 10_000): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)))
      socket.on('error', () => resolve(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`workerd did not listen on ${port}`)
}

async function start(bundle: string, copies = 1): Promise<{ child: ChildProcess; port: number }> {
  const port = nextPort
  nextPort += copies
  const child = spawn(workerd, ['serve', config(bundle, port, copies)], { stdio: ['ignore', 'ignore', 'inherit'] })
  // workerd listens first and loads the worker after: measuring from here counts module evaluation.
  await listening(port + copies - 1)
  return { child, port }
}

interface Probe {
  label: string
  path: string
  init?: RequestInit
}

async function send(port: number, probe: Probe): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}${probe.path}`, probe.init)
  await response.arrayBuffer()
  return response.status
}

/** CPU (ms) of the first request of a fresh process; with --isolates, the whole process's per isolate. */
async function coldSample(bundle: string, probe: Probe, attempt = 1): Promise<number> {
  // Another process may take one of the ports meanwhile (more likely with --isolates): try anew.
  return coldSampleOnce(bundle, probe).catch((error) => (attempt < 3 ? coldSample(bundle, probe, attempt + 1) : Promise.reject(error)))
}
async function coldSampleOnce(bundle: string, probe: Probe): Promise<number> {
  const { child, port } = await start(bundle, ISOLATES)
  try {
    const before = ISOLATES > 1 ? 0 : cpu(child.pid!)
    for (let i = 0; i < ISOLATES; i++) {
      const status = await send(port + i, probe)
      if (status >= 500) throw new Error(`${probe.label}: ${status}`)
    }
    return (cpu(child.pid!) - before) / 1e6 / ISOLATES
  } finally {
    child.kill('SIGKILL')
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const fmt = (ms: number) => ms.toFixed(2).padStart(7)
const out = (line: string) => process.stdout.write(`${line}\n`)

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
const profile = {
  operatesInYizhuangNewTown: true, certifiedTechSme: true, employees: 60, rent: { areaSqm: 800, yuanPerSqmPerDay: 1.8 },
  cabbageHeartProject: { rdInvestmentYuan: 40_000_000, outstandingImpact: false },
  majorProject: { level: 'national', fundingYuan: 12_000_000, alignedWithEtown: true }, certifiedIncubator: false,
  openCompetitionProject: { industry: 'robotics-intelligent-manufacturing', listQuotaYuan: 6_000_000 },
  futureIndustryProject: { field: 'quantum-communication', shortlisted: true },
}
const probes: Probe[] = [
  { label: 'GET /healthz', path: '/healthz' },
  { label: 'GET /v1/measures?lang=zh-Hans', path: '/v1/measures?lang=zh-Hans' },
  { label: 'GET /v1/measures/spring-shoots?lang=en', path: '/v1/measures/spring-shoots?lang=en' },
  { label: 'GET /v1/measures (Accept-Language: zh-TW)', path: '/v1/measures', init: { headers: { 'accept-language': 'zh-TW' } } },
  { label: 'GET /v1/policy?lang=zh-Hant-HK', path: '/v1/policy?lang=zh-Hant-HK' },
  { label: 'GET /v1/glossary?lang=en', path: '/v1/glossary?lang=en' },
  { label: 'GET /v1/eligibility/options?lang=en', path: '/v1/eligibility/options?lang=en' },
  { label: 'GET /problems/validation?lang=en', path: '/problems/validation?lang=en' },
  { label: 'GET /v1/search?q=房租补贴 (first Chinese)', path: `/v1/search?q=${encodeURIComponent('房租补贴')}&lang=zh-Hans` },
  { label: 'GET /v1/search?q=房租補貼 (first Traditional)', path: `/v1/search?q=${encodeURIComponent('房租補貼')}&lang=zh-Hant-TW` },
  { label: 'GET /v1/search?q=rent subsidy (first English)', path: `/v1/search?q=${encodeURIComponent('rent subsidy')}&lang=en` },
  { label: 'POST /v1/eligibility (full profile, en)', path: '/v1/eligibility?lang=en', init: json({ profile }) },
  { label: 'POST /v1/eligibility (invalid → 400)', path: '/v1/eligibility?lang=en', init: json({ profile: { employees: -1 } }) },
  { label: 'GET /openapi.json', path: '/openapi.json' },
  { label: 'GET /nope → 404', path: '/nope' },
].filter((p) => !only || p.label.includes(only))

const kib = (bytes: number) => (bytes / 1024).toFixed(1)
const lines = execFileSync('sh', ['-c', "find worker -name '*.ts' -not -path '*/generated/*' -print0 | xargs -0 cat | wc -l"], { cwd: root }).toString().trim()
out(`worker/ TypeScript (generated files aside): ${lines} lines`)
// The script and the Data modules beside it (worker/lib/data.ts): all of it is uploaded.
const uploaded = Buffer.concat([project.bytes, ...readdirSync(dirname(project.file)).filter((f) => f.endsWith('.bin')).map((f) => readFileSync(join(dirname(project.file), f)))])
out(`bundle ${kib(uploaded.length)} KiB raw, ${kib(gzipSync(uploaded, { level: 9 }).length)} KiB gzip (script ${kib(project.bytes.length)} KiB raw); floor (minimal Hono) ${kib(floor.bytes.length)} KiB raw`)
out(`\n== cold: CPU of ${ISOLATES > 1 ? `a fresh isolate's first request (a process of ${ISOLATES} isolates, its CPU / ${ISOLATES})` : "a fresh workerd process's first request"} (median of ${SAMPLES}, ms)`)
out(`${'request'.padEnd(50)} ${'project'.padStart(7)} ${'floor'.padStart(7)} ${'excess'.padStart(7)}`)
const floorProbe = (probe: Probe) => (floorConfig.startsWith(floorDir) ? { label: 'floor', path: '/healthz' } : probe)
for (const probe of probes) {
  const ours: number[] = []
  const base: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    ours.push(await coldSample(project.file, probe))
    base.push(await coldSample(floor.file, floorProbe(probe)))
  }
  out(`${probe.label.padEnd(50)} ${fmt(median(ours))} ${fmt(median(base))} ${fmt(median(ours) - median(base))}`)
}

/** Mean CPU per request (ms) over WARM sequential requests in one warmed process. */
async function warm(bundle: string, next: (i: number) => Probe): Promise<number> {
  const { child, port } = await start(bundle)
  try {
    for (let i = 0; i < 50; i++) await send(port, next(i))
    const before = cpu(child.pid!)
    for (let i = 0; i < WARM; i++) await send(port, next(i))
    return (cpu(child.pid!) - before) / 1e6 / WARM
  } finally {
    child.kill('SIGKILL')
  }
}

out(`\n== warm: CPU per request over ${WARM} sequential requests in one process (ms), minus the floor's warm /healthz`)
const healthz = { label: 'floor', path: '/healthz' }
const floorWarm = median([await warm(floor.file, () => healthz), await warm(floor.file, () => healthz), await warm(floor.file, () => healthz)])
out(`floor /healthz ${fmt(floorWarm)}`)
const distinctProfile = (i: number): Probe => ({
  label: 'distinct',
  path: `/v1/eligibility?lang=${['zh-Hans', 'en', 'zh-Hant-TW'][i % 3]}`,
  init: json({ profile: { ...profile, employees: 1 + (i % 500), rent: { areaSqm: 100 + i, yuanPerSqmPerDay: 1 + (i % 7) / 10 }, cabbageHeartProject: { rdInvestmentYuan: 1_000_000 * (i + 1), outstandingImpact: i % 2 === 0 } } }),
})
const words = ['房租补贴', '孵化器', '智慧製造', '商業航太', 'rent subsidy', 'incubator', 'proof of concept', '揭榜掛帥', '专精特新', 'quantum']
const distinctQuery = (i: number): Probe => ({ label: 'q', path: `/v1/search?q=${encodeURIComponent(`${words[i % 10]} ${words[Math.floor(i / 10) % 10]} ${i}`)}&lang=en` })
const warmProbes: [string, (i: number) => Probe][] = [
  ...probes.map((p): [string, (i: number) => Probe] => [p.label, () => p]),
  ['POST /v1/eligibility, never-seen profiles', distinctProfile],
  ['GET /v1/search, never-seen queries', distinctQuery],
]
for (const [label, next] of warmProbes) {
  if (only && !label.includes(only)) continue
  const ms = await warm(project.file, next)
  out(`${label.padEnd(50)} ${fmt(ms)} ${fmt(ms - floorWarm)}`)
}
