/**
 * End-to-end: the real worker (wrangler dev on 127.0.0.1:8788) and the H5 build made for it
 * (miniapp/dist/h5-e2e, `npm run build:h5:e2e -w miniapp`), driven in Debian's headless Chromium
 * at a phone viewport, as a new user would. Screenshots go to test-results/e2e/.
 *
 * Run: npm run test:e2e (builds the H5 bundle first). Installs nothing: CI installs chromium
 * with apt. Fails, never skips, when chromium or the build is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { serveStatic } from './static-server.ts'

const root = resolve(import.meta.dirname, '../..')
const buildDir = join(root, 'miniapp/dist/h5-e2e')
const shots = join(root, 'test-results/e2e')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const apiPort = 8788 // never 8787: the lead developer's dev server lives there
const api = `http://127.0.0.1:${apiPort}`
const started = Date.now()

let stopWorker: () => void = () => undefined

async function waitUntilDown() {
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${api}/v1/policy`)
    } catch {
      return
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  fail('the worker did not stop')
}

let failureShot: (() => Promise<void>) | undefined

let passed = 0
let failed = 0
const cleanups: (() => Promise<void> | void)[] = []

function fail(message: string): never {
  console.error(`\n✗ ${message}`)
  throw new Error(message)
}

async function step(name: string, body: () => Promise<void>) {
  const t0 = Date.now()
  try {
    await body()
    passed++
    console.log(`✓ ${name} (${Date.now() - t0} ms)`)
  } catch (error) {
    failed++
    await failureShot?.().catch(() => undefined)
    console.error(`✗ ${name}\n  ${error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n  ') : String(error)}`)
    throw error
  }
}

async function startWorker(): Promise<ChildProcess> {
  // wrangler does not start without the [assets] directory; this test serves its own H5 build.
  mkdirSync(join(root, 'dist/assets'), { recursive: true })
  const worker = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(apiPort)], {
    cwd: root,
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stopping it stops workerd too
  })
  let log = ''
  worker.stdout?.on('data', (d) => (log += d))
  worker.stderr?.on('data', (d) => (log += d))
  const stop = () => {
    if (worker.exitCode === null && worker.pid) {
      try {
        process.kill(-worker.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
  }
  cleanups.push(stop)
  stopWorker = stop
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (worker.exitCode !== null) fail(`wrangler dev exited (${worker.exitCode}):\n${log.slice(-2000)}`)
    try {
      const res = await fetch(`${api}/v1/policy?lang=en`)
      if (res.ok) return worker
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  fail(`wrangler dev did not answer on ${api} within 60 s:\n${log.slice(-2000)}`)
}

/** Taro H5 slides pages in: wait for the newest page to be shown and its animation to end. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.waitForTimeout(600)
}

async function shot(page: Page, name: string) {
  await settle(page)
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false })
}

/** The page Taro shows now (older pages stay in the DOM, hidden). */
const current = (page: Page) => page.locator('.taro_page:not([style*="display: none"])').last()

/** Text a person sees on the current page, leaving out what matches `skip`. */
async function visibleText(page: Page, skip: string): Promise<string> {
  return current(page).evaluate((el, skip) => {
    const parts: string[] = []
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest(skip) || !parent.checkVisibility()) continue
      parts.push(node.textContent ?? '')
    }
    return parts.join(' ')
  }, skip)
}

async function expectText(page: Page, text: string | RegExp, timeout = 15_000) {
  await current(page).getByText(text).first().waitFor({ state: 'visible', timeout })
}

/**
 * Nothing on the current page reaches past the sides of the 390 px viewport, and no box cuts its
 * own text off (the top bar's app name ellipsizes by design).
 */
async function expectNothingClipped(page: Page) {
  // A page that is still sliding in sits off to the side: wait until it is in place.
  await current(page).evaluate(async (root) => {
    for (let i = 0; i < 50 && Math.abs(root.getBoundingClientRect().left) > 0.5; i++) await new Promise((r) => setTimeout(r, 100))
  })
  const clipped = await current(page).evaluate((root) => {
    const width = document.documentElement.clientWidth
    const found: string[] = []
    for (const el of root.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement) || !el.checkVisibility() || el.closest('.topbar__app')) continue
      const box = el.getBoundingClientRect()
      if (box.width === 0) continue
      const name = `${el.tagName.toLowerCase()}.${String(el.className).trim().split(/\s+/).join('.')}`
      if (box.left < -0.5 || box.right > width + 0.5) found.push(`${name} spans ${Math.round(box.left)}–${Math.round(box.right)} px`)
      else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') found.push(`${name} cuts ${el.scrollWidth - el.clientWidth} px off`)
    }
    return found
  })
  if (clipped.length) fail(`clipped at 390 px: ${clipped.slice(0, 8).join('; ')}`)
}

/**
 * Scrolls the current page (Taro's page element, not the document under it) so that `selector`
 * is at the top, or as far as the page goes.
 */
async function scrollPageTo(page: Page, selector: string) {
  await current(page).evaluate((pageElement, selector) => {
    const target = [...pageElement.querySelectorAll(selector)].at(-1)
    if (target) pageElement.scrollTop += target.getBoundingClientRect().top - pageElement.getBoundingClientRect().top - 12
  }, selector)
}

async function shotAt(page: Page, selector: string, name: string) {
  await scrollPageTo(page, selector)
  await shot(page, name)
}

/** Where an element's top is once it has stopped moving (the app's scrolling has landed). */
async function restingTop(page: Page, selector: string): Promise<number> {
  const box = current(page).locator(selector)
  let last = Number.NaN
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(200)
    const top = (await box.boundingBox())?.y ?? Number.NaN
    if (Math.abs(top - last) < 0.5) return top
    last = top
  }
  return last
}

/** The app scrolls its pages, never the document under them (that would shift the whole app). */
async function expectDocumentUnscrolled(page: Page) {
  const scrolled = await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)
  if (scrolled !== 0) fail(`the document under the app is scrolled by ${scrolled} px`)
}

async function main() {
  if (!existsSync(chromiumPath)) fail(`Chromium not found at ${chromiumPath}. Install it: apt-get install -y chromium (CI does this in .ci/run).`)
  if (!existsSync(join(buildDir, 'index.html'))) fail(`No H5 build in ${buildDir}: run npm run build:h5:e2e -w miniapp (npm run test:e2e does).`)
  rmSync(shots, { recursive: true, force: true })
  mkdirSync(shots, { recursive: true })

  const worker = await startWorker()
  console.log(`worker ready on ${api} (pid ${worker.pid})`)
  const { server, url } = await serveStatic(buildDir)
  cleanups.push(() => new Promise<void>((ok) => server.close(() => ok())))
  console.log(`H5 build served on ${url}`)

  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })
  // playwright-core gives every launch a fresh temporary profile and removes it on close.
  cleanups.push(() => browser.close())
  // A phone in mainland China: the app should start in Simplified Chinese.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  const page = await context.newPage()
  failureShot = () => page.screenshot({ path: join(shots, 'failure.png') }).then(() => undefined)
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.message))

  await step('home opens in the device language (zh-Hans) with the policy at a glance', async () => {
    await page.goto(`${url}/`)
    await expectText(page, '科创二十条2.0版')
    await expectText(page, '到 2027 年的目标')
    await expectText(page, '测一测：我的企业能享受什么？')
    await shot(page, '01-home-zh-Hans')
  })

  await step('home opens the release in zh-Hans: the portal page, who published it, every entry with its measures', async () => {
    await current(page).getByRole('button', { name: '阅读原文' }).click()
    await expectText(page, '北京经开区发布“科创二十条2.0版”')
    await expectText(page, '北京经济技术开发区管理委员会于 2025-04-17 公布')
    await expectText(page, 'https://www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html')
    await current(page).locator('#entry-p-spring-shoots').getByText(/^《科创二十条2.0版政策》围绕聚集创新发展要素/).waitFor()
    await current(page).locator('#entry-p-spring-shoots').getByRole('link', { name: '中小企业“春笋”行动' }).waitFor()
    if ((await current(page).getByRole('switch').count()) !== 0) fail('zh-Hans offers to show the original it already is')
    if ((await current(page).locator('.source-entry--target').count()) !== 0) fail('an entry is marked though none was asked for')
    const text = await visibleText(page, '[aria-hidden="true"]')
    if (/第 ?\d+ ?行/.test(text)) fail('the release shows line numbers')
    await expectNothingClipped(page)
    await shot(page, '01b-source-zh-Hans')
    await shotAt(page, '#entry-h-spring-shoots', '01c-source-zh-Hans-spring-shoots')
    await expectNothingClipped(page)
    await current(page).getByRole('button', { name: '返回' }).click()
    await expectText(page, '到 2027 年的目标')
  })

  await step('a link to the last entry of the release opens there, marked, without moving the app', async () => {
    // A fresh start at the link, as when it is opened from a message (a hash change alone is not).
    await page.goto(`${url}/#/pages/source/index?entry=p-targets`)
    await page.reload()
    const entry = current(page).locator('#entry-p-targets')
    await entry.getByText(/我们希望通过《科创二十条2.0版政策》的实施/).waitFor({ timeout: 15_000 })
    if (!/source-entry--target/.test((await entry.getAttribute('class')) ?? '')) fail('the linked entry is not marked')
    const top = await restingTop(page, '#entry-p-targets')
    const box = await entry.boundingBox()
    if (!box || top < 0 || top + box.height > 844) fail(`the linked entry is not in view: its top rests at ${top} px, its height is ${box?.height} px`)
    await expectDocumentUnscrolled(page)
    await expectNothingClipped(page)
    await shot(page, '01d-source-zh-Hans-last-entry')
    await page.goto(`${url}/#/pages/index/index`)
    await page.reload()
    await expectText(page, '到 2027 年的目标')
  })

  await step('switching to English changes every string, UI and content', async () => {
    await current(page).getByRole('button', { name: /语言/ }).click()
    await page.getByRole('radio', { name: 'English' }).waitFor()
    await shot(page, '02a-language-sheet')
    await page.getByRole('radio', { name: 'English' }).click()
    await expectText(page, 'Check what my company can get')
    await expectText(page, 'Targets for 2027')
    await expectText(page, /Several Opinions of Beijing Economic-Technological Development Area/)
    // Every string in English, except the 文A language icon (aria-hidden).
    const body = await visibleText(page, '[aria-hidden="true"]')
    const han = body.match(/[\u4e00-\u9fff]/g) ?? []
    if (han.length > 0) fail(`English home still shows Chinese characters: ${han.slice(0, 20).join('')}`)
    await shot(page, '02-home-en')
  })

  await step('the measures list filters by group and shows amounts on the cards', async () => {
    await current(page).getByRole('button', { name: 'Browse all measures' }).click()
    await expectText(page, '15 measures')
    await current(page).getByRole('button', { name: 'Pooling the drivers of innovation' }).click()
    await expectText(page, '2 measures')
    await expectText(page, 'up to CNY 1.5 per m² per day')
    await shot(page, '03-measures-en')
  })

  await step('a measure shows what you get, every figure and its source', async () => {
    await current(page).getByRole('link', { name: /Spring Shoots/ }).click()
    await expectText(page, 'What you get')
    await expectText(page, 'Who qualifies')
    await expectText(page, 'Every figure')
    await expectText(page, 'up to 2,000 m²')
    const url = await current(page).locator('.citation .url').first().innerText()
    if (!/^https?:\/\/\S+$/.test(url)) fail(`the source citation shows no address: "${url}"`)
    await current(page).getByRole('button', { name: 'Copy address' }).first().waitFor()
    await shot(page, '04-measure-en')
  })

  await step("a citation shows the release's words and their translation, and opens its entry in English, marked", async () => {
    // Playwright's clicks scroll the document under Taro's pages when it is taller than the
    // viewport (earlier pages leave it so); start from an unscrolled document so the check below
    // is about the app's own scrolling.
    await page.evaluate(() => document.scrollingElement?.scrollTo(0, 0))
    const citation = current(page).locator('.citation').first()
    await citation.getByText('Original (Chinese)', { exact: true }).waitFor()
    await citation.getByText('实施中小企业“春笋”行动，强化空间载体支持', { exact: true }).waitFor()
    await citation.getByText('English translation (unofficial)', { exact: true }).waitFor()
    if (/line \d+/i.test(await citation.innerText())) fail('the citation shows a line number')
    await shotAt(page, '.citation', '04b-measure-citation-en')
    await citation.getByRole('button', { name: 'Read it in the release' }).click()

    const entry = current(page).locator('#entry-p-spring-shoots')
    await entry.getByText(/^To pool the elements of innovation and development/).waitFor({ timeout: 15_000 })
    if (!/source-entry--target/.test((await entry.getAttribute('class')) ?? '')) fail('the cited entry is not marked')
    const top = await restingTop(page, '#entry-p-spring-shoots')
    if (top < 0 || top > 40) fail(`the cited entry was not scrolled to the top: its top rests at ${top} px`)
    await expectDocumentUnscrolled(page)
    await shot(page, '04c-source-en-entry')

    await current(page).getByRole('switch', { name: 'Show the original (Simplified Chinese)' }).click()
    await entry.getByText(/^《科创二十条2.0版政策》围绕聚集创新发展要素/).waitFor()
    await expectNothingClipped(page)
    await shotAt(page, '#entry-p-spring-shoots', '04d-source-en-original')
    await scrollPageTo(page, '.topbar')
    await expectText(page, /^This English translation is this service's own, not an official one/)
    await expectText(page, 'Published by the Administrative Committee of Beijing Economic-Technological Development Area on 2025-04-17')
    await expectNothingClipped(page)
    await shot(page, '04e-source-en-top')

    // Each entry links to its measures: back to the measure the citation came from.
    await entry.getByRole('link', { name: /Spring Shoots/ }).click()
    await expectText(page, 'What you get')
    await expectText(page, 'up to 2,000 m²')
  })

  const q = (id: string) => current(page).locator(`#q-${id}`)
  const choose = (id: string, option: string) => q(id).getByRole('radio', { name: option, exact: true }).click()
  const type = async (id: string, value: string) => {
    const input = q(id).locator('input')
    await input.fill(value)
    await input.blur()
  }
  const next = () => current(page).getByRole('button', { name: /^(Next|Review answers)$/ }).click()

  await step('the eligibility form asks step by step and rejects wrong input with a clear message', async () => {
    await current(page).getByRole('button', { name: 'Check if my company qualifies' }).click()
    await expectText(page, 'Step 1 of 5')
    await choose('operatesInYizhuangNewTown', 'Yes')
    await choose('certifiedTechSme', 'Yes')
    await choose('certifiedIncubator', 'No')
    await next()
    await expectText(page, 'Step 2 of 5')
    // Follow-up questions appear only after a "yes".
    if ((await q('rentAreaSqm').count()) !== 0) fail('area asked before the company said it leases space')
    await choose('rents', 'Yes')
    await type('rentAreaSqm', '800')
    await type('rentYuanPerSqmPerDay', '1.8')
    await type('employees', '-5')
    await expectText(page, 'Cannot be negative.')
    await type('employees', '12.5')
    await expectText(page, 'Enter a whole number.')
    await next()
    await expectText(page, 'Please correct the fields marked in red first.')
    await expectText(page, 'Step 2 of 5') // blocked
    await shot(page, '05-form-error-en')
    await type('employees', '60')
    await next()
    await expectText(page, 'Step 3 of 5')
    await choose('cabbageHeart', 'No')
    await choose('majorProject', 'Yes')
    await choose('majorLevel', 'National')
    await type('majorFundingWan', '12000000')
    await expectText(page, 'That is CNY 12 million')
    await choose('majorAligned', 'Yes')
    await next()
    await expectText(page, 'Step 4 of 5')
    await choose('openCompetition', 'No')
    await choose('futureIndustry', 'Yes')
    await choose('futureField', 'Quantum communication')
    await choose('futureShortlisted', 'Yes')
    await next()
    await expectText(page, 'Step 5 of 5')
    await expectText(page, '800 m²')
    await expectText(page, 'Quantum communication') // the API's label, the same as the question's
    await shot(page, '06-review-en')
  })

  await step('results show each measure with the amount and the reasons in plain words', async () => {
    await current(page).getByRole('button', { name: 'See my results' }).click()
    const spring = current(page).locator('#result-spring-shoots')
    await spring.getByText('CNY 1,314,000', { exact: true }).waitFor({ timeout: 15_000 })
    await spring.getByText('Eligible', { exact: true }).waitFor()
    await spring.getByText('The company is a certified tech-based SME.').waitFor()
    await spring.getByText(/438,000 a year/).first().waitFor()
    const relay = current(page).locator('#result-innovation-relay')
    // One money style per answer (the API): CNY 1,314,000 is not a whole number of millions to two
    // decimals, so every amount of this answer is written in yuan.
    await relay.getByText('CNY 12,000,000', { exact: true }).waitFor()
    const future = current(page).locator('#result-future-industries-outlook')
    await future.getByText('CNY 2,000,000', { exact: true }).waitFor()
    const chains = current(page).locator('#result-leading-industry-chains')
    await chains.getByText('Not eligible', { exact: true }).waitFor()
    await shot(page, '07-results-en')
    await spring.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(shots, '07b-results-en-spring.png') })
  })

  await step('switching to 繁體中文 shows the same result translated', async () => {
    await current(page).getByRole('button', { name: /Language/ }).click()
    await page.getByRole('radio', { name: '繁體中文', exact: true }).click()
    const spring = current(page).locator('#result-spring-shoots')
    await spring.getByText('符合條件', { exact: true }).waitFor({ timeout: 15_000 })
    await spring.getByText('131.4萬元', { exact: true }).waitFor()
    await spring.getByText(/科技型中小企業/).first().waitFor()
    await expectText(page, '測算結果')
    const text = await visibleText(page, '[aria-hidden="true"]')
    if (/Eligible|certified tech-based|Change answers/.test(text)) fail('English text left after switching to 繁體中文')
    await shot(page, '08-results-zh-Hant')
  })

  await step('after a restart the language and answers are kept', async () => {
    await page.reload()
    await expectText(page, '測算結果')
    await current(page).locator('#result-spring-shoots').getByText('符合條件', { exact: true }).waitFor({ timeout: 15_000 })
  })

  await step('with the API gone, the app opens with the last good data and says so', async () => {
    stopWorker()
    await waitUntilDown()
    // The API lets browsers cache GETs for an hour, and Chromium would answer from that cache:
    // turn it off, as for someone who comes back later, so the app's own saved copy is what shows.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.goto(`${url}/#/pages/index/index`)
    await page.reload()
    await expectText(page, '科創二十條2.0版')
    await expectText(page, /當前離線/)
    await shot(page, '09-offline-zh-Hant')
  })

  if (pageErrors.length) fail(`errors in the page: ${pageErrors.join(' | ')}`)
}

let exitCode = 0
try {
  await main()
} catch (error) {
  if (failed === 0) console.error(error)
  exitCode = 1
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup()
  console.log(`\ne2e finished in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in test-results/e2e/`)
  console.log(`${passed} passed, ${failed} failed`)
}
process.exit(exitCode)
