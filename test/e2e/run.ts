/**
 * End-to-end: the real worker (wrangler dev on 127.0.0.1:8788) and the H5 build made for it
 * (miniapp/dist/h5-e2e, `npm run build:h5:e2e -w miniapp`), driven in Debian's headless Chromium
 * at a phone viewport, as a new user would. Screenshots go to test-results/e2e/.
 *
 * The whole flow runs in every language the app offers; every screen on the way is audited
 * (auditScreen): no clipped or spilling text, no label printed twice, tap targets of 44×44 px,
 * and in zh-Hans and en axe-core, which fails the run on any critical or serious violation.
 * A keyboard walk reaches and works every control with Tab, Enter, Space and Escape.
 *
 * Run: npm run test:e2e (builds the H5 bundle first). Installs nothing: CI installs chromium
 * with apt. Fails, never skips, when chromium or the build is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { catalogs, format, formatYuan, languages, nativeNames, type Language } from '../../miniapp/src/locales/index.ts'
import { serveStatic } from './static-server.ts'

const root = resolve(import.meta.dirname, '../..')
const buildDir = join(root, 'miniapp/dist/h5-e2e')
const shots = join(root, 'test-results/e2e')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const apiPort = 8788 // never 8787: the lead developer's dev server lives there
const api = `http://127.0.0.1:${apiPort}`
const started = Date.now()
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
/** The languages axe checks every screen in (the others share zh-Hans's layout and colours). */
const axeLanguages: readonly Language[] = ['zh-Hans', 'en']
/** What axe found, screen by screen: printed at the end. */
const axeReport: string[] = []
const axeVersion = () => /axe v([\d.]+)/.exec(axeSource)?.[1] ?? '?'

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
 * Nothing on the current page reaches past the sides of the 390 px viewport, no box cuts its own
 * text off, and no text spills out of its box (a tag of fixed height with two lines of text); the
 * top bar's app name ellipsizes by design.
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
      if (!(el instanceof HTMLElement) || !el.checkVisibility() || el.closest('.topbar__app, .visually-hidden')) continue
      const box = el.getBoundingClientRect()
      if (box.width === 0) continue
      const name = `${el.tagName.toLowerCase()}.${String(el.className).trim().split(/\s+/).join('.')}`
      const style = getComputedStyle(el)
      const scrolls = /auto|scroll/.test(style.overflowY)
      if (box.left < -0.5 || box.right > width + 0.5) found.push(`${name} spans ${Math.round(box.left)}–${Math.round(box.right)} px`)
      else if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') found.push(`${name} cuts ${el.scrollWidth - el.clientWidth} px off`)
      else if (!scrolls && el.scrollHeight > el.clientHeight + 1 && style.overflowY !== 'visible') found.push(`${name} cuts ${el.scrollHeight - el.clientHeight} px off below`)
      else if (!scrolls) {
        for (const node of el.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue
          const range = document.createRange()
          range.selectNodeContents(node)
          const text = range.getBoundingClientRect()
          if (text.top < box.top - 1 || text.bottom > box.bottom + 1 || text.right > box.right + 1) found.push(`"${node.textContent.trim().slice(0, 30)}" spills out of ${name}`)
        }
      }
    }
    return found
  })
  if (clipped.length) fail(`clipped at 390 px: ${clipped.slice(0, 8).join('; ')}`)
}

/** No label printed twice in a row: 「1.0版：1.0版：最高50%」, "Version 1.0: Version 1.0: up to 50%". */
async function expectNoDoubledLabels(page: Page) {
  // Spaces left out, so that 「1.0 版：1.0版：」 counts as the same label twice.
  const text = (await visibleText(page, '[aria-hidden="true"], .visually-hidden')).replace(/\s+/g, '')
  const doubled = text.match(/([^：:·]{3,30}?)[：:]\1[：:]/)
  if (doubled) fail(`a label is printed twice: "${doubled[0]}"`)
}

const operable = '[role=button], [role=link], [role=radio], [role=switch], input, button, a[href]'

/** Every control on the current page (and an open sheet) is at least 44×44 CSS px. */
async function expectTapTargets(page: Page) {
  const small = await current(page).evaluate((root, operable) => {
    const found: string[] = []
    for (const el of root.querySelectorAll<HTMLElement>(operable)) {
      if (!el.checkVisibility()) continue
      // A text input's target is its field, the box drawn around it.
      const box = (el.matches('input') ? (el.closest('.number') ?? el) : el).getBoundingClientRect()
      if (box.width < 43.5 || box.height < 43.5) found.push(`"${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 24)}" ${Math.round(box.width)}×${Math.round(box.height)}`)
    }
    return found
  }, operable)
  if (small.length) fail(`tap targets under 44×44 px: ${small.slice(0, 8).join('; ')}`)
}

/** axe-core on the whole document (hidden pages of the stack are skipped by axe itself). */
async function expectAxeClean(page: Page, screen: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
    // label-content-name-mismatch is experimental in axe 4.x (off by default): on, as the issue ran it.
    const result = await axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))
  })
  const count = (impact: string) => violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes, 0)
  axeReport.push(`${screen}: critical ${count('critical')}, serious ${count('serious')}, moderate ${count('moderate')}, minor ${count('minor')}${violations.length ? ` (${violations.map((v) => `${v.id} ×${v.nodes}`).join(', ')})` : ''}`)
  const blocking = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
  if (blocking.length) fail(`axe on ${screen}: ${blocking.map((v) => `${v.impact} ${v.id} on ${v.nodes} nodes, e.g. ${v.where.join(' | ')}`).join('; ')}`)
}

/** Every check a screen gets, then its screenshot. */
async function auditScreen(page: Page, lang: Language, name: string) {
  await settle(page)
  await expectNothingClipped(page)
  await expectNoDoubledLabels(page)
  await expectTapTargets(page)
  if (axeLanguages.includes(lang)) await expectAxeClean(page, `${lang} ${name}`)
  await page.screenshot({ path: join(shots, `${lang}-${name}.png`) })
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

  /** Text the API gives for a path, in a language. */
  const apiGet = async <T,>(path: string): Promise<T> => (await fetch(`${api}${path}`)).json() as Promise<T>

  const q = (id: string) => current(page).locator(`#q-${id}`)
  const choose = (id: string, option: string) => q(id).getByRole('radio', { name: option, exact: true }).click()
  const chooseFirst = (id: string) => q(id).getByRole('radio').first().click()
  const type = async (id: string, value: string) => {
    const input = q(id).locator('input')
    await input.fill(value)
    await input.blur()
  }
  const button = (name: string) => current(page).getByRole('button', { name, exact: true })
  const inView = async (selector: string) => {
    const top = await restingTop(page, selector)
    return top >= 0 && top < 844
  }

  /** The whole flow in one language: every screen audited on the way. */
  async function walk(lang: Language) {
    const m = catalogs[lang]
    // A measure whose figures have values in version 1.0 too.
    const foundation = await apiGet<{ title: string; figures: { previous: { text: string } | null }[] }>(`/v1/measures/industrial-foundation?lang=${lang}`)

    await step(`${lang}: chosen in the language sheet, home in that language`, async () => {
      // A fresh start: no answers, no saved responses (the device language, until chosen below).
      await page.goto(`${url}/#/pages/index/index`)
      await page.evaluate(() => localStorage.clear())
      await page.reload()
      await current(page).locator('.hero').waitFor()
      await current(page).getByRole('button', { name: /^(语言|語言|Language)/ }).click()
      const sheet = current(page).getByRole('dialog')
      await sheet.getByRole('radio').first().waitFor()
      await auditScreen(page, lang, '00-language-sheet')
      await sheet.getByRole('radio', { name: nativeNames[lang], exact: true }).click()
      await expectText(page, m.home.checkCta)
      await auditScreen(page, lang, '01-home')
    })

    await step(`${lang}: the measures list opens with cards that have amounts`, async () => {
      await button(m.home.measuresCta).click()
      await expectText(page, format(m.measures.count, { count: 15 }))
      const first = current(page).locator('.measure-card').first()
      if ((await first.locator('.amount-chip').count()) === 0) fail('the list opens with a card that has no amount')
      if (lang === 'en' && (await first.locator('.badge').first().innerText()) !== 'Key action') fail('an English card is not tagged "Key action"')
      const [page_, card] = await Promise.all([current(page).evaluate((el) => getComputedStyle(el).backgroundColor), first.evaluate((el) => getComputedStyle(el).backgroundColor)])
      if (page_ === card) fail(`cards and page share one background (${card})`)
      await auditScreen(page, lang, '02-measures')
    })

    await step(`${lang}: a measure, its figures with the 1.0 label once`, async () => {
      await current(page).locator('.measure-card').filter({ hasText: foundation.title }).click()
      await expectText(page, m.measure.whatYouGet)
      const previous = foundation.figures.flatMap((f) => (f.previous ? [f.previous.text] : []))
      if (previous.length === 0) fail('the API gives no 1.0 figure to check')
      const shown = await current(page).locator('.figure__previous').allInnerTexts()
      if (JSON.stringify(shown) !== JSON.stringify(previous)) fail(`1.0 figures: ${JSON.stringify(shown)}, the API says ${JSON.stringify(previous)}`)
      await auditScreen(page, lang, '03-measure')
      await shotAt(page, '.figures', `${lang}-03b-measure-figures`)
    })

    await step(`${lang}: the form, its introduction on step 1 only, Next in view, a blocked Next scrolled to the error`, async () => {
      await button(m.measure.checkThis).click()
      await expectText(page, format(m.check.stepOf, { step: 1, total: 5 }))
      await expectText(page, m.check.intro)
      const next = () => button(m.check.next).click()
      const nextBox = await button(m.check.next).boundingBox()
      if (!nextBox || nextBox.y + nextBox.height > 844) fail(`Next is below the fold on step 1 (its bottom at ${nextBox && nextBox.y + nextBox.height} px)`)
      await auditScreen(page, lang, '04-check-1')
      await choose('operatesInYizhuangNewTown', m.common.yes)
      await choose('certifiedTechSme', m.common.yes)
      await next()
      await expectText(page, format(m.check.stepOf, { step: 2, total: 5 }))
      if (await current(page).getByText(m.check.intro).isVisible()) fail('the introduction repeats on step 2')
      await choose('rents', m.common.yes)
      await type('rentAreaSqm', '800')
      await type('rentYuanPerSqmPerDay', '1.8')
      await type('employees', '-5')
      await scrollPageTo(page, '.topbar')
      await next()
      await expectText(page, m.check.fixErrors)
      if (!(await inView('#q-employees'))) fail('a blocked Next leaves the field in error out of view')
      await auditScreen(page, lang, '05-check-2-error')
      await type('employees', '60')
      await next()
      await expectText(page, format(m.check.stepOf, { step: 3, total: 5 }))
      await choose('cabbageHeart', m.common.no)
      await choose('majorProject', m.common.yes)
      await chooseFirst('majorLevel')
      await type('majorFundingWan', '1200')
      await expectText(page, format(m.check.preview, { amount: formatYuan(12_000_000, lang, m) }))
      await choose('majorAligned', m.common.yes)
      await auditScreen(page, lang, '06-check-3')
      await next()
      await expectText(page, format(m.check.stepOf, { step: 4, total: 5 }))
      await choose('openCompetition', m.common.no)
      await choose('futureIndustry', m.common.yes)
      await chooseFirst('futureField')
      await choose('futureShortlisted', m.common.yes)
      await button(m.check.review).click()
      await expectText(page, format(m.check.stepOf, { step: 5, total: 5 }))
      await expectText(page, `800 ${m.check.units.sqm}`)
      await auditScreen(page, lang, '07-check-review')
    })

    await step(`${lang}: clearing the answers asks first`, async () => {
      await scrollPageTo(page, '.topbar')
      await button(m.check.reset).click()
      const sheet = current(page).getByRole('dialog', { name: m.check.resetConfirmTitle })
      await sheet.getByText(m.check.resetConfirm).waitFor()
      await auditScreen(page, lang, '08-reset-sheet')
      // The sheet's focus starts on Cancel, so a held Enter cannot clear the answers.
      await page.waitForFunction((name) => document.activeElement?.textContent?.trim() === name, m.common.cancel, { timeout: 3000 })
      await sheet.getByRole('button', { name: m.common.cancel, exact: true }).click()
      await expectText(page, `800 ${m.check.units.sqm}`)
    })

    await step(`${lang}: results, with tags that hold their text, shared only after a word on what the link carries`, async () => {
      await button(m.check.submit).click()
      const amount = current(page).locator('#result-spring-shoots .result__amount-value')
      await amount.waitFor({ timeout: 15_000 })
      if (!/[?&]a=1\./.test(page.url())) fail(`the results address carries no answers: ${page.url()}`)
      if ((await current(page).locator('.badge--needs-info').count()) === 0) fail('no "needs more information" tag to check')
      await auditScreen(page, lang, '09-results')
      await shotAt(page, '.result--needs-info', `${lang}-09b-results-needs-info`)
      await expectNothingClipped(page)
      await scrollPageTo(page, '.actions')
      await button(m.results.share).click()
      const sheet = current(page).getByRole('dialog', { name: m.results.share })
      await sheet.getByText(m.results.shareNote).waitFor()
      await auditScreen(page, lang, '10-share-sheet')
      await sheet.getByRole('button', { name: m.common.cancel, exact: true }).click()
    })

    await step(`${lang}: the release, and a measure link that leads nowhere`, async () => {
      await page.goto(`${url}/#/pages/source/index`)
      await page.reload()
      await current(page).locator('.source-body').waitFor({ timeout: 15_000 })
      await auditScreen(page, lang, '11-source')
      await page.goto(`${url}/#/pages/measure/index?id=no-such-measure`)
      await page.reload()
      await expectText(page, m.measure.notFound)
      if ((await button(m.common.retry).count()) !== 0) fail('a retry is offered for a measure that does not exist')
      await button(m.common.home).waitFor()
      await auditScreen(page, lang, '12-not-found')
    })
  }

  for (const lang of languages) await walk(lang)

  await step('en: measure → check → results → measure, five times round, keeps the page stack short (one page per screen)', async () => {
    const m = catalogs.en
    await page.goto(`${url}/#/pages/index/index`)
    await page.reload()
    await expectText(page, m.home.checkCta)
    for (let round = 0; round < 5; round++) {
      // From the results, the same measure or another one.
      const result = current(page).locator(round % 2 ? '#result-spring-shoots' : '#result-innovation-relay')
      await (round === 0 ? current(page).getByRole('link', { name: /Spring Shoots/ }).first() : result.getByRole('link')).click()
      await expectText(page, m.measure.whatYouGet)
      await button(m.measure.checkThis).click()
      await expectText(page, format(m.check.stepOf, { step: 5, total: 5 }))
      await button(m.check.submit).click()
      await current(page).locator('#result-spring-shoots .result__amount-value').waitFor({ timeout: 15_000 })
    }
    const depth = await page.locator('.taro_page').count()
    if (depth > 4) fail(`${depth} pages on the stack after five rounds`)
  })

  await step('en: a colleague opens a shared result link and sees the same result, marked as shared', async () => {
    const m = catalogs.en
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url })
    const amount = await current(page).locator('#result-spring-shoots .result__amount-value').innerText()
    await scrollPageTo(page, '.actions')
    await button(m.results.share).click()
    await current(page).getByRole('dialog').getByRole('button', { name: m.measure.copyLink }).click()
    await expectText(page, m.results.linkCopied, 5_000).catch(() => undefined)
    const link = await page.evaluate(() => navigator.clipboard.readText())
    if (!/#\/pages\/results\/index\?a=1\.[A-Za-z0-9._~]+$/.test(link)) fail(`the copied link is not a results link: ${link}`)
    const colleague: BrowserContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' })
    const other = await colleague.newPage()
    await other.goto(link)
    await current(other).getByText(m.results.sharedNotice).waitFor({ timeout: 15_000 })
    await current(other).locator('#result-spring-shoots .result__amount-value').getByText(amount, { exact: true }).waitFor({ timeout: 15_000 })
    await other.goto(link.replace('a=1.', 'a=9.'))
    await other.reload()
    await current(other).getByText(m.results.linkNewer).waitFor()
    await other.screenshot({ path: join(shots, 'en-14-link-newer.png') })
    await colleague.close()
  })

  await step('en: the keyboard reaches every control with Tab and works them with Enter, Space and Escape', async () => {
    const m = catalogs.en
    await page.goto(`${url}/#/pages/index/index`)
    await page.reload()
    await expectText(page, m.home.checkCta)
    await settle(page)
    /** Tabs through the page; returns the controls never reached. */
    const unreached = async () => {
      const total = await current(page).evaluate((root, operable) => {
        let i = 0
        for (const el of root.querySelectorAll<HTMLElement>(operable)) if (el.checkVisibility()) el.dataset.control = String(i++)
        return i
      }, operable)
      const reached = new Set<string>()
      for (let i = 0; i < total + 5; i++) {
        await page.keyboard.press('Tab')
        const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-control]')?.dataset.control)
        if (id !== undefined) reached.add(id)
      }
      return current(page).evaluate(
        (root, reached) => [...root.querySelectorAll<HTMLElement>('[data-control]')].filter((el) => !reached.includes(el.dataset.control!)).map((el) => el.textContent?.trim().slice(0, 30)),
        [...reached],
      )
    }
    const missed = await unreached()
    if (missed.length) fail(`Tab never reaches: ${missed.join(' | ')}`)
    /** Tabs until the focused control's text matches, then presses the key. */
    const press = async (text: string, key: string) => {
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab')
        if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return page.keyboard.press(key)
      }
      fail(`Tab never reaches "${text}"`)
    }
    // The language sheet: Enter opens it with the focus inside, Escape closes it and gives the focus back.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await press('文ALanguage English', 'Enter')
    const sheet = current(page).getByRole('dialog')
    await sheet.waitFor()
    await page.waitForFunction(() => document.activeElement?.closest('.sheet'), undefined, { timeout: 3_000 }).catch(() => fail('the language sheet opens without the focus'))
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab')
    if (!(await page.evaluate(() => Boolean(document.activeElement?.closest('.sheet'))))) fail('Tab leaves the open sheet')
    await page.keyboard.press('Escape')
    await sheet.waitFor({ state: 'detached' })
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('English'), undefined, { timeout: 3_000 }).catch(() => fail('the focus does not return to the language button'))
    // Enter follows a link-like button; Space presses a filter chip.
    await press(m.home.measuresCta, 'Enter')
    await expectText(page, format(m.measures.count, { count: 15 }))
    await settle(page)
    const plans = button(m.measures.kindPlan)
    await press(m.measures.kindPlan, ' ')
    if ((await plans.getAttribute('aria-pressed')) !== 'true') fail('Space does not press a filter chip')
    await expectText(page, format(m.measures.count, { count: 6 }))
    // The form, from its first step: Space picks an answer, Enter goes on.
    await page.evaluate(() => ['eligibility:answers:v2', 'eligibility:step:v1'].forEach((key) => localStorage.removeItem(key)))
    await page.goto(`${url}/#/pages/check/index`)
    await page.reload()
    await expectText(page, m.check.intro)
    await settle(page)
    await press(m.common.yes, ' ')
    if ((await q('operatesInYizhuangNewTown').getByRole('radio', { name: m.common.yes }).getAttribute('aria-checked')) !== 'true') fail('Space does not choose an answer')
    await press(m.check.next, 'Enter')
    await expectText(page, format(m.check.stepOf, { step: 2, total: 5 }))
    const missedInForm = await unreached()
    if (missedInForm.length) fail(`Tab never reaches in the form: ${missedInForm.join(' | ')}`)
    await shot(page, 'en-13-keyboard-form')
  })

  await step('the favicon is served for the browser tab', async () => {
    const href = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=icon]')?.href)
    const res = href ? await fetch(href) : undefined
    if (!res?.ok || !/svg/.test(res.headers.get('content-type') ?? '') || !(await res.text()).includes('<svg')) fail(`no favicon at ${href}`)
  })

  await step("en: a citation shows the release's words and their translation, and opens its entry, marked", async () => {
    await page.goto(`${url}/#/pages/measure/index?id=spring-shoots`)
    await page.reload()
    await expectText(page, 'What you get')
    await page.evaluate(() => document.scrollingElement?.scrollTo(0, 0))
    const citation = current(page).locator('.citation').first()
    await citation.getByText('Original (Chinese)', { exact: true }).waitFor()
    await citation.getByText('实施中小企业“春笋”行动，强化空间载体支持', { exact: true }).waitFor()
    await citation.getByText('English translation (unofficial)', { exact: true }).waitFor()
    if (/line \d+/i.test(await citation.innerText())) fail('the citation shows a line number')
    await shotAt(page, '.citation', 'en-15-measure-citation')
    await citation.getByRole('button', { name: 'Read it in the release' }).click()

    const entry = current(page).locator('#entry-p-spring-shoots')
    await entry.getByText(/^To pool the elements of innovation and development/).waitFor({ timeout: 15_000 })
    if (!/source-entry--target/.test((await entry.getAttribute('class')) ?? '')) fail('the cited entry is not marked')
    const top = await restingTop(page, '#entry-p-spring-shoots')
    if (top < 0 || top > 40) fail(`the cited entry was not scrolled to the top: its top rests at ${top} px`)
    await expectDocumentUnscrolled(page)
    await current(page).getByRole('switch', { name: 'Show the original (Simplified Chinese)' }).click()
    await entry.getByText(/^《科创二十条2.0版政策》围绕聚集创新发展要素/).waitFor()
    await expectNothingClipped(page)
    await shotAt(page, '#entry-p-spring-shoots', 'en-16-source-original')
    await entry.getByRole('link', { name: /Spring Shoots/ }).click()
    await expectText(page, 'What you get')
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
    await expectText(page, catalogs.en.app.name)
    await expectText(page, /You are offline/)
    await auditScreen(page, 'en', '17-offline')
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
  if (axeReport.length) console.log(`\naxe-core ${axeVersion()} (critical and serious fail the run):\n  ${axeReport.join('\n  ')}`)
  console.log(`${passed} passed, ${failed} failed`)
}
process.exit(exitCode)
