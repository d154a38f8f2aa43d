/**
 * WeChat-runtime smoke test: the built mini-program (miniapp/dist/weapp, `npm run build:weapp`)
 * as WeChat would run it, offline, with the real worker answering its requests.
 *
 *  1. WeChat's own compilers (wcc, wcsc from npm miniprogram-compiler) compile every WXML and
 *     WXSS file of the build.
 *  2. app.js and each page's JS run in a `vm` context that offers only what WeChat offers
 *     (logic-layer.ts); wx.request goes to the worker, built as it deploys and run in-process.
 *  3. The app launches; every page of app.json opens (the measure page with a real id from the
 *     API), in every language; the data each page sets goes through its compiled WXML, and the
 *     drawn tree must show what the API says (a measure title, the policy title, …).
 * Fails on any exception, console.error, missing template, or a module of the app reaching for
 * a browser global (localStorage, fetch, XMLHttpRequest, window, document, …).
 *
 * Run: npm run test:weapp (builds first), or after a build: npm run smoke:weapp (after a release
 * build: TARO_APP_API_BASE=<the https API it was built with> npm run smoke:weapp). WEAPP_DEBUG=1
 * prints every setData and the app's console.log lines.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildWorker, executionContext, loadWorker } from '../../scripts/lib/bundle.ts'
import { browserGlobals, LogicLayer, type GlobalAccess } from './logic-layer.ts'
import { compileView, countNodes, textOf, type WxNode } from './view-layer.ts'
import type { Answers } from '../../miniapp/src/eligibility/form.ts'

const started = Date.now()
const root = new URL('../../', import.meta.url).pathname
const dir = join(root, 'miniapp/dist/weapp')
const moduleMapFile = join(root, 'miniapp/dist/weapp.modules.json')
if (!existsSync(join(dir, 'app.json')) || !existsSync(moduleMapFile)) {
  console.error(`No weapp build in ${dir}: run npm run build:weapp first.`)
  process.exit(1)
}

let passed = 0
const failures: string[] = []
function check(name: string, ok: boolean, detail = '') {
  if (ok) passed++
  else failures.push(`${name}${detail ? `\n    ${detail}` : ''}`)
  console.log(`${ok ? '✓' : '✗'} ${name}${!ok && detail ? `\n    ${detail.split('\n').join('\n    ')}` : ''}`)
}

// --- 1. WeChat's compilers --------------------------------------------------------------------
interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  subpackages?: { root: string; pages: string[] }[]
  style?: string
  networkTimeout?: { request?: number }
  sitemapLocation?: string
  lazyCodeLoading?: string
}
const appJson = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as AppJson

// --- 0. app.json as a release needs it ------------------------------------------------------------
check('app.json: style v2, a request timeout, lazy code loading', appJson.style === 'v2' && (appJson.networkTimeout?.request ?? 0) > 0 && appJson.lazyCodeLoading === 'requiredComponents', JSON.stringify(appJson))
{
  const sitemapFile = join(dir, appJson.sitemapLocation ?? 'sitemap.json')
  const sitemap = existsSync(sitemapFile) ? (JSON.parse(readFileSync(sitemapFile, 'utf8')) as { rules: { action: string; page: string }[] }) : null
  // WeChat applies the first rule that matches a page.
  const indexed = (route: string) => sitemap?.rules.find((r) => r.page === '*' || r.page === route)?.action !== 'disallow'
  check(
    'sitemap.json: WeChat search may index the public pages, never the results (a company\'s figures)',
    sitemap !== null && !indexed('pages/results/index') && ['pages/index/index', 'pages/measures/index', 'pages/measure/index'].every(indexed),
    sitemap ? JSON.stringify(sitemap.rules) : `no ${appJson.sitemapLocation ?? 'sitemap.json'} in the build`,
  )
}
const routes = [
  ...appJson.pages,
  ...(appJson.subPackages ?? appJson.subpackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`)),
]
let t0 = Date.now()
const view = compileView(dir)
check(
  `wcc compiled the WXML of ${routes.length} pages, wcsc ${view.stylesheets.length} stylesheets (${view.cssChars} characters of CSS) (${Date.now() - t0} ms)`,
  view.wxmlJs > 0 && view.stylesheets.some((path) => /(^|\/)app\.wxss$/.test(path)),
  `stylesheets: ${view.stylesheets.join(', ')}`,
)

// --- 2. The worker, in-process ----------------------------------------------------------------
t0 = Date.now()
const worker = await loadWorker(buildWorker('weapp-smoke').file)
const env = { RATE_LIMIT: 'off', REQUEST_LOG: 'off' }
// The API the build calls: build:weapp bakes in the local worker (miniapp/.env.production); to
// check a release build, run with the TARO_APP_API_BASE it was built with. The worker answers
// for either.
const apiBase = (process.env.TARO_APP_API_BASE || 'http://127.0.0.1:8787').replace(/\/+$/, '')
let requests = 0
async function askWorker(option: { url: string; method: string; header: Record<string, string>; body?: string }) {
  requests++
  const url = new URL(option.url)
  if (!option.url.startsWith(`${apiBase}/`)) throw new Error(`request to ${url.origin}, not the API ${apiBase}`)
  const local = `http://127.0.0.1:8787${option.url.slice(apiBase.length)}`
  const response = await worker.fetch(new Request(local, { method: option.method, headers: option.header, body: option.body }), env, executionContext)
  return { statusCode: response.status, body: await response.text(), header: Object.fromEntries(response.headers) }
}
async function apiJson<T>(path: string): Promise<T> {
  const response = await worker.fetch(new Request(`http://127.0.0.1:8787${path}`), env, executionContext)
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
  return (await response.json()) as T
}
console.log(`  worker built and loaded in ${Date.now() - t0} ms`)

// --- 3. Which module is whose -----------------------------------------------------------------
interface MappedModule {
  id: string | number
  files: string[]
  sources: string[]
}
const moduleMap = JSON.parse(readFileSync(moduleMapFile, 'utf8')) as MappedModule[]
// Taro copies the chunks shared within subpackages (sub-common/*) into each subpackage's root.
const builtFiles = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.js'))
for (const module of moduleMap) module.files = module.files.flatMap((file) => (builtFiles.includes(file) ? [file] : builtFiles.filter((f) => f.endsWith(`/${file}`))))
const ownSource = (source: string) => !source.includes('node_modules/') && /^(miniapp\/src|rules|i18n)\//.test(source)
/** Where each module starts in each output file, to name the module behind a stack frame. */
const starts = new Map<string, { offset: number; module: MappedModule }[]>()
const lineStarts = new Map<string, number[]>()
for (const file of new Set(moduleMap.flatMap((m) => m.files))) {
  const text = readFileSync(join(dir, file), 'utf8')
  lineStarts.set(file, [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)])
  const list = moduleMap
    .filter((m) => m.files.includes(file))
    .map((module) => ({ offset: text.search(new RegExp(`[{,]${module.id}:function\\(`)), module }))
    .filter((entry) => entry.offset >= 0)
  starts.set(file, list.sort((a, b) => a.offset - b.offset))
}
/** The minified text of a module in one of its output files. */
function moduleBody(module: MappedModule, file: string): string {
  const text = readFileSync(join(dir, file), 'utf8')
  const start = text.search(new RegExp(`[{,]${module.id}:function\\(`))
  if (start < 0) return ''
  const next = (starts.get(file) ?? []).find((entry) => entry.offset > start)?.offset ?? text.length
  return text.slice(start, next)
}
function moduleAt(at: GlobalAccess['at']): MappedModule | undefined {
  if (!at) return undefined
  const offset = (lineStarts.get(at.file)?.[at.line - 1] ?? 0) + at.column - 1
  return starts.get(at.file)?.filter((entry) => entry.offset <= offset).at(-1)?.module
}
// Taro's runtime hands its own window/document to every module that names them (webpack's
// ProvidePlugin): in the app's own modules that would be code written for a browser.
const taroRuntime = moduleMap.find((m) => m.sources.some((s) => s.includes('@tarojs/runtime/dist/')))
const ownModules = moduleMap.filter((m) => m.sources.length > 0 && m.sources.every(ownSource))
{
  const offenders: string[] = []
  for (const module of ownModules) {
    for (const file of module.files) {
      const body = moduleBody(module, file)
      for (const name of browserGlobals) {
        if (taroRuntime && new RegExp(`\\(${taroRuntime.id}\\)\\["${name}"\\]`).test(body)) offenders.push(`${module.sources[0]} uses Taro's stand-in for ${name}`)
      }
    }
  }
  check(`the app's ${ownModules.length} own modules use no browser stand-in (window, document, navigator, …)`, offenders.length === 0, offenders.join('\n'))
}

// WeChat's privacy-listed interfaces (用户隐私保护指引): each one the app calls must be declared in
// the admin console before release; README "Release to WeChat" lists the declared ones.
const privacyApis = [
  'setClipboardData', 'getClipboardData', 'getUserProfile', 'getUserInfo', 'getLocation', 'getFuzzyLocation', 'chooseLocation',
  'choosePoi', 'startLocationUpdate', 'startLocationUpdateBackground', 'onLocationChange', 'chooseAddress', 'chooseInvoice',
  'chooseInvoiceTitle', 'chooseLicensePlate', 'getWeRunData', 'chooseImage', 'chooseMedia', 'chooseVideo', 'chooseMessageFile',
  'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum', 'saveFileToDisk', 'startRecord', 'getRecorderManager', 'joinVoIPChat',
  'createCameraContext', 'createVKSession', 'openBluetoothAdapter', 'createBLEPeripheralServer', 'addPhoneContact',
  'addPhoneCalendar', 'addPhoneRepeatCalendar', 'getPhoneNumber', 'chooseAvatar', 'requestSubscribeMessage',
]
const declaredPrivacyApis = ['setClipboardData']
{
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const used = new Set<string>()
  for (const module of ownModules) {
    for (const file of module.files) {
      const body = moduleBody(module, file)
      for (const api of privacyApis) if (new RegExp(`[.\\[]["']?${api}\\b|open-type=["']?${api}`).test(body)) used.add(api)
    }
  }
  const undeclared = [...used].filter((api) => !declaredPrivacyApis.includes(api) || !readme.includes(api))
  check(
    `privacy-listed interfaces the app calls are declared in README (${[...used].join(', ') || 'none'})`,
    undeclared.length === 0,
    `not declared: ${undeclared.join(', ')} — add each to the 用户隐私保护指引 in the WeChat admin console, to README "Release to WeChat" and to declaredPrivacyApis`,
  )
}

// --- 4. Launch and open every page, in every language -----------------------------------------
interface Policy { title: string }
interface MeasureList { measures: { id: string; title: string; figures: unknown[] }[] }
interface Options { options: Record<string, { value: string; label: string }[]> }
interface Source { entries?: { text?: string; title?: string }[] }

const languages = [
  { device: 'zh_CN', lang: 'zh-Hans' },
  { device: 'zh_TW', lang: 'zh-Hant-TW' },
  { device: 'zh_HK', lang: 'zh-Hant-HK' },
  { device: 'zh-Hant', lang: 'zh-Hant' },
  { device: 'en', lang: 'en' },
]

/** Where the form keeps its answers (answersStorageKey in miniapp/src/eligibility/store.ts). */
const answersKey = 'eligibility:answers:v2'
/** A returning user's saved answers: a tech SME renting 800 m², with a major project (amounts in 万元). */
const answers = (majorLevel: Answers['majorLevel']) =>
  ({
    operatesInYizhuangNewTown: 'yes', certifiedTechSme: 'yes', certifiedIncubator: 'no', rents: 'yes', rentAreaSqm: '800',
    rentYuanPerSqmPerDay: '1.8', employees: '60', majorProject: 'yes', majorLevel, majorFundingWan: '3000', majorAligned: 'yes',
  }) satisfies Partial<Answers>

// A promise the app rejects and never handles is the page's error (WeChat reports it too).
let currentLayer: LogicLayer | null = null
process.on('unhandledRejection', (reason) => {
  const text = typeof reason === 'object' && reason !== null && 'stack' in reason ? String(reason.stack) : String(reason)
  if (currentLayer) currentLayer.errors.push(`unhandled rejection: ${text.split('\n').slice(0, 4).join('\n    ')}`)
  else failures.push(`unhandled rejection: ${text}`)
})

const accesses: { access: GlobalAccess; module: MappedModule | undefined; language: string }[] = []
const unknownCalls = new Set<string>()
for (const { device, lang } of languages) {
  const policy = await apiJson<Policy>(`/v1/policy?lang=${lang}`)
  const measures = await apiJson<MeasureList>(`/v1/measures?lang=${lang}`)
  const options = await apiJson<Options>(`/v1/eligibility/options?lang=${lang}`)
  const source = await apiJson<Source>(`/v1/source?lang=${lang}`)
  const majorLevels = options.options['/profile/majorProject/level'] ?? []
  // A measure with figures: its page has the most to draw.
  const measure = measures.measures.find((m) => m.figures.length > 0) ?? measures.measures[0]!
  const measureTitles = measures.measures.map((m) => m.title)
  const sourceTexts = (source.entries ?? []).flatMap((e) => [e.title, e.text]).filter((t): t is string => !!t).map((t) => t.slice(0, 12))

  /** What each page must show, from the API's own answers. */
  const expectations: Record<string, { query?: Record<string, string>; expect: (text: string) => string | null }> = {
    'pages/index/index': { expect: (text) => (text.includes(policy.title) ? null : `the policy title「${policy.title}」`) },
    'pages/measures/index': {
      expect: (text) => {
        const missing = measureTitles.filter((title) => !text.includes(title))
        return missing.length ? `${missing.length} of ${measureTitles.length} measure titles, e.g.「${missing[0]}」` : null
      },
    },
    'pages/measure/index': { query: { id: measure.id }, expect: (text) => (text.includes(measure.title) ? null : `the measure title「${measure.title}」`) },
    // The form opened at its projects step with the saved answers (a major project): the level
    // choice shows the API's labels.
    'pages/check/index': {
      query: { step: 'projects' },
      expect: (text) =>
        majorLevels.some((o) => text.includes(o.label))
          ? null
          : `a label of the API's major-project levels, e.g.「${majorLevels[0]?.label}」 (the form at ?step=projects with the answers saved under ${answersKey})`,
    },
    // The results of the saved answers name the measures they concern.
    'pages/results/index': {
      expect: (text) => (measureTitles.some((title) => text.includes(title)) ? null : `any measure title (results of the answers saved under ${answersKey})`),
    },
    'pages/source/index': { expect: (text) => (sourceTexts.length === 0 || sourceTexts.some((t) => text.includes(t)) ? null : `the source text, e.g.「${sourceTexts[0]}」`) },
  }

  const layer = new LogicLayer({
    dir,
    language: device,
    request: askWorker,
    storage: { [answersKey]: answers((majorLevels[0]?.value ?? '') as Answers['majorLevel']) },
  })
  currentLayer = layer
  t0 = Date.now()
  try {
    layer.launch('pages/index/index')
  } catch (error) {
    layer.errors.push(`launch: ${error instanceof Error ? error.stack : String(error)}`)
  }
  check(`[${lang}] app.js runs and App() launches (${Date.now() - t0} ms)`, layer.app !== null && layer.errors.length === 0, layer.errors.join('\n'))
  if (!layer.app) break

  for (const route of routes) {
    const spec = expectations[route]
    const errorsBefore = layer.errors.length
    t0 = Date.now()
    let tree: WxNode | null = null
    let problem: string | null = null
    try {
      const page = await layer.open(route, spec?.query ?? {})
      tree = view.render(`./${route}.wxml`, page.data)
      if (page.updates === 0) problem = 'the page never called setData'
      else if (countNodes(tree) < 5) problem = `the drawn tree is almost empty (${countNodes(tree)} nodes)`
      else if (spec) {
        const missing = spec.expect(textOf(tree).replace(/\s+/g, ' '))
        if (missing) problem = `the drawn page lacks ${missing}\n    it reads: ${textOf(tree).replace(/\s+/g, ' ').slice(0, 300)}`
      }
      await layer.close()
    } catch (error) {
      problem = error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 5).join('\n    ') : String(error)
    }
    const errors = layer.errors.slice(errorsBefore)
    const query = spec?.query ? `?${new URLSearchParams(spec.query)}` : ''
    check(
      `[${lang}] ${route}${query}: drawn through its WXML, ${tree ? countNodes(tree) : 0} nodes (${Date.now() - t0} ms)`,
      problem === null && errors.length === 0,
      [problem, ...errors].filter(Boolean).join('\n'),
    )
  }
  for (const access of layer.accesses) accesses.push({ access, module: moduleAt(access.at), language: lang })
  for (const [name] of layer.calls) if (!['request', 'getStorageSync', 'setStorageSync', 'removeStorageSync', 'getSystemInfoSync', 'getAppBaseInfo'].includes(name)) unknownCalls.add(name)
  layer.dispose()
}

// --- 5. Browser globals -----------------------------------------------------------------------
const own = accesses.filter((a) => a.module && a.module.sources.some(ownSource))
check(
  "the app's own modules touch no browser global (localStorage, fetch, XMLHttpRequest, window, …)",
  own.length === 0,
  [...new Set(own.map((a) => `${a.access.name} from ${a.module!.sources.join(', ')} (${a.access.at?.file}:${a.access.at?.line}:${a.access.at?.column})`))].join('\n'),
)
// Libraries may probe (Taro's window copies whatever the global object has): listed, allowed.
const libraries = new Map<string, Set<string>>()
for (const a of accesses.filter((a) => !own.includes(a))) {
  const library = a.module?.sources[0]?.replace(/^.*node_modules\//, '') ?? a.access.at?.file ?? 'unknown'
  libraries.set(library, (libraries.get(library) ?? new Set()).add(a.access.name))
}
for (const [library, names] of libraries) console.log(`  ${library} probes for ${[...names].join(', ')} (a library; allowed)`)
if (unknownCalls.size) console.log(`  other wx APIs called: ${[...unknownCalls].sort().join(', ')}`)

console.log(`\n${passed} passed, ${failures.length} failed; ${requests} requests answered by the worker; ${((Date.now() - started) / 1000).toFixed(1)} s`)
if (failures.length) process.exit(1)
process.exit(0)
