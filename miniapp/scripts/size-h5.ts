/**
 * The H5 app's first load: gzip of every JS and CSS file Chromium fetches to render the home
 * route of the app the worker serves at /app/ (dist/assets/app, `npm run build:h5:app` or
 * `npm run assets`), on a 390×844 phone. Budget 150 KiB; fails over it.
 *
 * The app is served as in production: its files under /app/, the API on the same origin (the
 * worker built as it deploys, run in-process). Needs Debian's chromium (CI installs it with apt).
 * Run from the repository root: npm run size:h5
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { buildWorker, executionContext, loadWorker } from '../../scripts/lib/bundle.ts'

const KiB = 1024
const budgetKiB = 150
const root = new URL('../../', import.meta.url).pathname
const appDir = join(root, 'dist/assets/app')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(join(appDir, 'index.html'))) {
  console.error(`No H5 app in ${appDir}: run npm run build:h5:app (or npm run assets) first.`)
  process.exit(1)
}

const worker = await loadWorker(buildWorker('size-h5').file)
const env = { RATE_LIMIT: 'off', REQUEST_LOG: 'off' }
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' }

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname === '/app' || url.pathname.startsWith('/app/')) {
    // Static files under /app/; any other path there is the app's index.html (hash router).
    let file = normalize(join(appDir, decodeURIComponent(url.pathname.slice('/app'.length))))
    if (!file.startsWith(appDir) || !existsSync(file) || statSync(file).isDirectory()) file = join(appDir, 'index.html')
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
    return
  }
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = Object.fromEntries(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])))
  const response = await worker.fetch(
    new Request(url.href, { method: req.method, headers, body: chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined }),
    env,
    executionContext,
  )
  res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()))
})
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const policy = (await (await worker.fetch(new Request(`${origin}/v1/policy?lang=zh-Hans`), env, executionContext)).json()) as { title: string }

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
})
let exitCode = 0
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  const page = await context.newPage()
  const fetched: { url: string; type: string; raw: number; gzip: number }[] = []
  const pending: Promise<void>[] = []
  page.on('response', (response) => {
    const type = response.request().resourceType()
    if (type !== 'script' && type !== 'stylesheet') return
    pending.push(
      response.body().then((body) => {
        fetched.push({ url: new URL(response.url()).pathname, type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length })
      }),
    )
  })
  await page.goto(`${origin}/app/`)
  // Rendered: the policy's title from the API is on the home screen.
  await page.waitForFunction((title) => document.body.innerText.includes(title), policy.title, { timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await Promise.all(pending)

  fetched.sort((a, b) => b.gzip - a.gzip)
  const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`
  console.log('H5 first load (/app/, home route, 390×844): JS and CSS fetched')
  for (const f of fetched) console.log(`  ${kib(f.gzip).padStart(10)} gzip ${kib(f.raw).padStart(10)} raw  ${f.url}`)
  const gzip = fetched.reduce((n, f) => n + f.gzip, 0)
  const raw = fetched.reduce((n, f) => n + f.raw, 0)
  console.log(`H5 first load: ${kib(gzip)} gzip (${kib(raw)} raw) in ${fetched.length} files; budget ${budgetKiB} KiB gzip`)
  if (gzip > budgetKiB * KiB) {
    console.error(`✗ H5 first load ${kib(gzip)} gzip is over the budget of ${budgetKiB} KiB`)
    exitCode = 1
  } else console.log('✓ H5 first load within budget')
} finally {
  await browser.close()
  server.close()
}
process.exit(exitCode)
