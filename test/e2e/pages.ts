/**
 * The pages the worker serves from its static files, in headless Chromium under their real
 * Content-Security-Policy (wrangler dev, dist/assets): /docs/ renders every operation and "Try it
 * out" reaches the API; /app/ starts and browses the measures. Fails on any CSP violation, console
 * error, page error or request to another origin — a policy too strict for a new Swagger UI or
 * Taro release shows up here, not in a user's browser.
 *
 * Run: npm run test:pages (builds dist/assets first if needed). Needs Debian's chromium.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { startWorker } from '../../scripts/lib/server.ts'

const root = resolve(import.meta.dirname, '../..')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
for (const page of ['docs', 'app']) {
  if (!existsSync(resolve(root, `dist/assets/${page}/index.html`))) throw new Error(`dist/assets/${page} is not built: run npm run assets (npm run test:pages does)`)
}
if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium`)

const worker = await startWorker()
const origin = worker.url
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
})
let failures = 0

/** Opens a page and reports everything the browser refused or complained about. */
async function check(name: string, path: string, viewport: { width: number; height: number }, walk: (page: Page) => Promise<string>) {
  const context = await browser.newContext({ viewport, locale: 'en-US' })
  const page = await context.newPage()
  const problems: string[] = []
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP violation: ${text}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'}`))
  })
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text().slice(0, 300)}`))
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('request', (r) => !r.url().startsWith(`${origin}/`) && !r.url().startsWith('data:') && problems.push(`request to another origin: ${r.url()}`))
  const response = await page.goto(`${origin}${path}`)
  const csp = response?.headers()['content-security-policy']
  try {
    const seen = await walk(page)
    await page.waitForTimeout(300) // late violations
    if (problems.length) throw new Error(problems.join('\n  '))
    console.log(`✓ ${name}: ${seen}; no CSP violation, console error or third-party request\n  CSP: ${csp}`)
  } catch (error) {
    failures++
    const shot = resolve(root, `test-results/pages-${path.slice(1)}-failure.png`)
    await page.screenshot({ path: shot }).catch(() => undefined)
    const why = [error instanceof Error ? error.message : String(error), ...problems].join('\n  ')
    console.error(`✗ ${name}\n  ${why}\n  CSP: ${csp}\n  screenshot: ${shot}`)
  } finally {
    await context.close()
  }
}

try {
  const document = (await (await fetch(`${origin}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> }
  const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0)

  await check('/docs (Swagger UI)', '/docs', { width: 1280, height: 900 }, async (page) => {
    await page.locator('.opblock').first().waitFor({ timeout: 15_000 })
    const shown = await page.locator('.opblock').count()
    if (shown !== operations) throw new Error(`${shown} operations shown, the document has ${operations}`)
    const tryOut = async (id: string) => {
      const block = page.locator(`#${id}`)
      await block.locator('.opblock-summary-control').click()
      await block.locator('button.try-out__btn').click()
      await block.locator('button.execute').click()
      const status = block.locator('.live-responses-table tbody .response-col_status').first()
      await status.waitFor({ timeout: 15_000 })
      return (await status.innerText()).trim()
    }
    const get = await tryOut('operations-Policy-getPolicy')
    const post = await tryOut('operations-Eligibility-checkEligibility')
    if (get !== '200' || post !== '200') throw new Error(`Try it out answered ${get} (GET /v1/policy) and ${post} (POST /v1/eligibility)`)
    // The schemas at the bottom (JSON Schema 2020-12 in OpenAPI 3.1), one of them expanded in full.
    const schemas = page.locator('section.models')
    await schemas.locator('button.models-control[aria-expanded="false"]').click()
    await schemas.locator('.json-schema-2020-12-expand-deep-button').first().click()
    await schemas.locator('.json-schema-2020-12-property').first().waitFor()
    return `${shown} operations; Try it out: GET /v1/policy ${get}, POST /v1/eligibility ${post}; a schema expanded`
  })

  await check('/app (H5 app)', '/app', { width: 390, height: 844 }, async (page) => {
    const current = () => page.locator('.taro_page:not([style*="display: none"])').last()
    await current().getByText('Targets for 2027').first().waitFor({ timeout: 15_000 })
    await current().getByRole('button', { name: 'Browse all measures' }).click()
    await current().getByText('15 measures').first().waitFor({ timeout: 15_000 })
    await current().getByRole('link', { name: /Spring Shoots/ }).click()
    await current().getByText('What you get').first().waitFor({ timeout: 15_000 })
    const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    if (rootSize !== '20.8px') throw new Error(`the root font size is ${rootSize}, not 20 px × 390 / 375`)
    return `home, measures and a measure, from the API on this origin; rem ${rootSize}`
  })
} finally {
  await browser.close()
  worker.stop()
}
process.exit(failures ? 1 : 0)
