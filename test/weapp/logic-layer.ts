/**
 * A small stand-in for WeChat's logic layer (the JS thread of a mini-program), enough to launch
 * the built app (miniapp/dist/weapp) and open its pages in Node: a `vm` context holding only what
 * WeChat gives a mini-program — `wx`, `App`, `Page`, `Component`, `Behavior`, `getApp`,
 * `getCurrentPages`, timers and the language's own built-ins — and WeChat's module loader
 * (`require` by relative path, one evaluation per file).
 *
 * Browser globals (`window`, `document`, `localStorage`, `fetch`, `XMLHttpRequest`, …) are absent,
 * as on a phone: reading one returns undefined and is recorded with its stack, so the test can
 * say which module reached for it. Taro's runtime brings its own window/document objects, which
 * webpack hands to the modules that name them; those never touch these globals.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import vm from 'node:vm'

/** WeChat APIs with success/fail callbacks that the stand-in answers with success. */
const asyncApis = [
  'setNavigationBarTitle', 'setNavigationBarColor', 'showNavigationBarLoading', 'hideNavigationBarLoading', 'setBackgroundColor',
  'setBackgroundTextStyle', 'showToast', 'hideToast', 'showLoading', 'hideLoading', 'showModal', 'showActionSheet',
  'pageScrollTo', 'startPullDownRefresh', 'stopPullDownRefresh', 'showShareMenu', 'hideShareMenu', 'updateShareMenu',
  'setClipboardData', 'getClipboardData', 'vibrateShort', 'makePhoneCall', 'previewImage', 'openDocument', 'setStorage',
  'getStorage', 'removeStorage', 'clearStorage', 'getSetting', 'openSetting', 'getPrivacySetting', 'requirePrivacyAuthorize',
  'setTabBarBadge', 'login', 'checkSession', 'reportEvent', 'loadFontFace', 'setKeepScreenOn',
] as const

export const browserGlobals = [
  'window', 'document', 'navigator', 'location', 'history', 'self', 'localStorage', 'sessionStorage', 'indexedDB',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'Image', 'HTMLElement', 'Element', 'getComputedStyle', 'alert', 'matchMedia',
] as const

export interface GlobalAccess {
  name: string
  /** The first frame inside the build: file relative to dist/weapp, 1-based line and column. */
  at: { file: string; line: number; column: number } | null
}

export interface WxResponse {
  statusCode: number
  /** The raw body; wx.request parses it as JSON (dataType 'json') like WeChat does. */
  body: string
  header: Record<string, string>
}

export interface LogicLayerOptions {
  /** The build folder (dist/weapp). */
  dir: string
  /** Answers wx.request: the test hands it to the real worker. */
  request(option: { url: string; method: string; header: Record<string, string>; body?: string }): Promise<WxResponse>
  /** Device language as WeChat reports it (zh_CN, zh_TW, zh_HK, en). */
  language: string
  /** Storage the app finds on launch (wx.setStorageSync values). */
  storage?: Record<string, unknown>
}

export interface PageInstance {
  route: string
  options: Record<string, string>
  data: Record<string, unknown>
  /** How many times the page called setData. */
  updates: number
  [key: string]: unknown
}

type Fn = (...args: unknown[]) => unknown
/** WEAPP_DEBUG=1 prints every setData and the app's console.log lines. */
const debug = Boolean(process.env.WEAPP_DEBUG)
type Config = Record<string, unknown>

const systemInfo = (language: string) => ({
  brand: 'devtools', model: 'iPhone 14', pixelRatio: 3, screenWidth: 390, screenHeight: 844, windowWidth: 390, windowHeight: 844,
  statusBarHeight: 47, language, version: '8.0.50', system: 'iOS 17.0', platform: 'devtools', SDKVersion: '3.7.12', fontSizeSetting: 16,
  theme: 'light', safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 }, enableDebug: false, host: { env: 'WeChat' },
})

export class LogicLayer {
  readonly context: vm.Context
  readonly accesses: GlobalAccess[] = []
  /** Exceptions thrown by the app's code, and console.error lines. */
  readonly errors: string[] = []
  readonly warnings: string[] = []
  /** Every wx.* call by name, and navigation targets. */
  readonly calls = new Map<string, number>()
  readonly navigations: string[] = []
  readonly storage = new Map<string, unknown>()
  readonly pageConfigs = new Map<string, Config>()
  readonly componentConfigs = new Map<string, Config>()
  readonly stack: PageInstance[] = []
  app: Config | null = null

  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()
  private loading: string | null = null
  private pendingRequests = 0
  private lastActivity = Date.now()
  private webviewId = 1
  private readonly contextJson: JSON
  private readonly options: LogicLayerOptions

  constructor(options: LogicLayerOptions) {
    this.options = options
    for (const [key, value] of Object.entries(options.storage ?? {})) this.storage.set(key, value)
    const sandbox: Record<string, unknown> = {
      console: this.console(),
      setTimeout: (fn: Fn, ms?: number, ...args: unknown[]) => this.timer(setTimeout, fn, ms, args),
      setInterval: (fn: Fn, ms?: number, ...args: unknown[]) => this.timer(setInterval, fn, ms, args),
      clearTimeout: (t: ReturnType<typeof setTimeout>) => (clearTimeout(t), this.timers.delete(t)),
      clearInterval: (t: ReturnType<typeof setInterval>) => (clearInterval(t), this.timers.delete(t)),
      wx: this.wx(),
      App: (config: Config) => {
        this.app = config
      },
      Page: (config: Config) => {
        if (!this.loading) throw new Error('Page() outside a page file')
        this.pageConfigs.set(this.loading.replace(/\.js$/, ''), config)
      },
      Component: (config: Config) => {
        if (!this.loading) throw new Error('Component() outside a component file')
        this.componentConfigs.set(this.loading.replace(/\.js$/, ''), config)
      },
      Behavior: (config: Config) => config,
      getApp: () => this.app,
      getCurrentPages: () => [...this.stack],
      requirePlugin: () => {
        throw new Error('requirePlugin: the app uses no plugins')
      },
    }
    for (const name of browserGlobals) {
      Object.defineProperty(sandbox, name, {
        configurable: true,
        get: () => {
          this.accesses.push({ name, at: this.callerInBuild(new Error().stack ?? '') })
          return undefined
        },
      })
    }
    this.context = vm.createContext(sandbox, { name: 'WeChat logic layer' })
    this.contextJson = vm.runInContext('JSON', this.context) as JSON
  }

  /** WeChat's module loader: paths relative to the requiring file, `.js` optional, one evaluation each. */
  require(file: string): unknown {
    const path = normalize(file).replace(/^\/+/, '')
    const key = path.endsWith('.js') ? path : `${path}.js`
    const cached = this.modules.get(key)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    this.modules.set(key, module)
    const source = readFileSync(join(this.options.dir, key), 'utf8')
    // The wrapper takes a line of its own, so the file's own line numbers are one lower.
    const wrapper = vm.runInContext(`(function (require, module, exports) {\n${source}\n})`, this.context, { filename: key }) as Fn
    const previous = this.loading
    this.loading = key
    try {
      wrapper((request: string) => this.require(join(dirname(key), request)), module, module.exports)
    } finally {
      this.loading = previous
    }
    return module.exports
  }

  /** Loads app.js and runs App's onLaunch and onShow, as WeChat does on a cold start. */
  launch(path: string, query: Record<string, string> = {}) {
    this.require('app.js')
    if (!this.app) throw new Error('app.js did not call App()')
    const options = { path, query, scene: 1001, referrerInfo: {} }
    this.lifecycle(this.app, 'onLaunch', options)
    this.lifecycle(this.app, 'onShow', options)
  }

  /** Opens a page on top of the stack: onLoad, onShow, onReady, then waits for it to settle. */
  async open(route: string, query: Record<string, string> = {}): Promise<PageInstance> {
    this.require(`${route}.js`)
    const config = this.pageConfigs.get(route)
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const page = this.instantiate(route, config, query)
    this.stack.push(page)
    this.lifecycle(page, 'onLoad', this.contextJson.parse(JSON.stringify(query)))
    this.lifecycle(page, 'onShow')
    await this.settle()
    this.lifecycle(page, 'onReady')
    await this.settle()
    return page
  }

  /** Closes the top page (onUnload), as navigateBack does. */
  async close() {
    const page = this.stack.pop()
    if (page) this.lifecycle(page, 'onUnload')
    await this.settle()
  }

  /** Waits until no request is in flight and nothing has happened for a short while. */
  async settle(quietMs = 40, timeoutMs = 10_000) {
    const start = Date.now()
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 10))
      if (this.pendingRequests === 0 && Date.now() - this.lastActivity >= quietMs) return
      if (Date.now() - start > timeoutMs) throw new Error(`the page did not settle within ${timeoutMs} ms (${this.pendingRequests} requests in flight)`)
    }
  }

  dispose() {
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }

  /** Calls a lifecycle method; an exception is the app's error. */
  private lifecycle(target: Config, name: string, ...args: unknown[]) {
    const fn = target[name]
    if (typeof fn !== 'function') return
    try {
      ;(fn as Fn).apply(target, args)
    } catch (error) {
      this.errors.push(`${name}: ${describe(error)}`)
    }
    this.lastActivity = Date.now()
  }

  /** A page instance as WeChat makes one: the config's fields, a copy of its data, setData. */
  private instantiate(route: string, config: Config, query: Record<string, string>): PageInstance {
    const page = {} as PageInstance
    for (const [key, value] of Object.entries(config)) if (key !== 'data') page[key] = value
    page.data = JSON.parse(JSON.stringify(config.data ?? {})) as Record<string, unknown>
    page.route = route
    page.__route__ = route
    page.options = query
    page.updates = 0
    page.__wxWebviewId__ = this.webviewId++
    page.setData = (patch: Record<string, unknown>, callback?: Fn) => {
      // The view layer gets setData as JSON, so whatever does not survive JSON does not reach it.
      const json = JSON.stringify(patch)
      if (debug) console.log(`  [${route}] setData ${json.slice(0, 400)}`)
      for (const [path, value] of Object.entries(JSON.parse(json) as Record<string, unknown>)) assignPath(page.data, path, value)
      page.updates++
      this.lastActivity = Date.now()
      if (typeof callback === 'function') this.timer(setTimeout, () => callback.call(page), 0, [])
    }
    page.selectComponent = () => null
    page.selectAllComponents = () => []
    page.createSelectorQuery = () => this.selectorQuery()
    page.getOpenerEventChannel = () => ({ on() {}, off() {}, once() {}, emit() {} })
    return page
  }

  private timer(kind: typeof setTimeout | typeof setInterval, fn: Fn, ms: number | undefined, args: unknown[]) {
    const t = kind(() => {
      if (kind === setTimeout) this.timers.delete(t)
      try {
        fn(...args)
      } catch (error) {
        this.errors.push(`timer: ${describe(error)}`)
      }
    }, ms)
    this.timers.add(t)
    return t
  }

  private console() {
    // Values come from the context's realm: no instanceof against this realm's classes.
    const text = (args: unknown[]) => args.map((a) => (typeof a === 'object' && a !== null && 'stack' in a ? String(a.stack) : typeof a === 'string' ? a : safeJson(a))).join(' ')
    return {
      log: (...args: unknown[]) => void (debug && console.log(`  [console.log] ${text(args).slice(0, 400)}`)),
      info: () => undefined,
      debug: () => undefined,
      warn: (...args: unknown[]) => void this.warnings.push(text(args)),
      error: (...args: unknown[]) => void this.errors.push(`console.error: ${text(args)}`),
      time: () => undefined,
      timeEnd: () => undefined,
      trace: () => undefined,
      group: () => undefined,
      groupEnd: () => undefined,
    }
  }

  /** The first stack frame in a file of the build (the access's caller, not this getter). */
  private callerInBuild(stack: string): GlobalAccess['at'] {
    for (const line of stack.split('\n').slice(1)) {
      const m = /\(?([\w./-]+\.js):(\d+):(\d+)\)?$/.exec(line.trim())
      if (m && !m[1]!.includes('/test/weapp/') && !m[1]!.startsWith('node:') && !line.includes('logic-layer.ts')) {
        return { file: m[1]!, line: Number(m[2]) - 1, column: Number(m[3]) }
      }
    }
    return null
  }

  private selectorQuery() {
    const query = {
      in: () => query,
      select: () => query,
      selectAll: () => query,
      selectViewport: () => query,
      boundingClientRect: () => query,
      scrollOffset: () => query,
      fields: () => query,
      node: () => query,
      exec: (cb?: Fn) => void this.timer(setTimeout, () => cb?.([null]), 0, []),
    }
    return query
  }

  private wx(): Record<string, unknown> {
    const count = (name: string) => this.calls.set(name, (this.calls.get(name) ?? 0) + 1)
    // An asynchronous wx API that succeeds: success, then complete, on a later turn.
    const ok = (name: string, result: Record<string, unknown> = {}) => (option: Record<string, Fn> = {}) => {
      count(name)
      const res = { errMsg: `${name}:ok`, ...result }
      this.timer(setTimeout, () => {
        option.success?.(res)
        option.complete?.(res)
      }, 0, [])
    }
    const navigate = (name: string) => (option: Record<string, unknown> = {}) => {
      this.navigations.push(`${name} ${String(option.url ?? option.delta ?? '')}`)
      ok(name)(option as Record<string, Fn>)
    }
    const clone = (value: unknown) => (value === undefined ? undefined : this.contextJson.parse(JSON.stringify(value)))
    const api: Record<string, unknown> = {
      request: (option: Record<string, unknown>) => this.wxRequest(option),
      getStorageSync: (key: string) => (count('getStorageSync'), this.storage.has(key) ? clone(this.storage.get(key)) : ''),
      setStorageSync: (key: string, value: unknown) => void (count('setStorageSync'), this.storage.set(key, JSON.parse(JSON.stringify(value ?? null)))),
      removeStorageSync: (key: string) => void (count('removeStorageSync'), this.storage.delete(key)),
      clearStorageSync: () => void this.storage.clear(),
      getStorageInfoSync: () => ({ keys: [...this.storage.keys()], currentSize: 1, limitSize: 10240 }),
      getSystemInfoSync: () => (count('getSystemInfoSync'), clone(systemInfo(this.options.language))),
      getSystemInfo: (option: Record<string, Fn>) => ok('getSystemInfo', systemInfo(this.options.language))(option),
      getAppBaseInfo: () => (count('getAppBaseInfo'), clone(systemInfo(this.options.language))),
      getWindowInfo: () => clone(systemInfo(this.options.language)),
      getDeviceInfo: () => clone(systemInfo(this.options.language)),
      getSystemSetting: () => ({}),
      getAppAuthorizeSetting: () => ({}),
      getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 51, right: 381, bottom: 83, left: 294 }),
      getLaunchOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
      getEnterOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
      canIUse: () => true,
      nextTick: (fn: Fn) => void this.timer(setTimeout, fn, 0, []),
      navigateTo: navigate('navigateTo'),
      redirectTo: navigate('redirectTo'),
      reLaunch: navigate('reLaunch'),
      switchTab: navigate('switchTab'),
      navigateBack: navigate('navigateBack'),
      createSelectorQuery: () => this.selectorQuery(),
      createIntersectionObserver: () => ({ relativeTo: () => undefined, relativeToViewport: () => ({ observe() {} }), observe() {}, disconnect() {} }),
      getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
      getPerformance: () => ({ now: () => Date.now(), createObserver: () => ({ observe() {} }) }),
      reportAnalytics: () => undefined,
      onAppShow: () => undefined,
      onAppHide: () => undefined,
      offAppShow: () => undefined,
      offAppHide: () => undefined,
      onError: () => undefined,
      onUnhandledRejection: () => undefined,
      onPageNotFound: () => undefined,
      onMemoryWarning: () => undefined,
      onNetworkStatusChange: () => undefined,
      onWindowResize: () => undefined,
      offWindowResize: () => undefined,
      getNetworkType: (option: Record<string, Fn>) => ok('getNetworkType', { networkType: 'wifi' })(option),
    }
    // WeChat's asynchronous APIs the app may call (Taro binds the names it finds on `wx`): each
    // succeeds on a later turn and is counted, so the test can list what the app used.
    for (const name of asyncApis) if (!(name in api)) api[name] = ok(name)
    return api
  }

  private wxRequest(option: Record<string, unknown>) {
    let aborted = false
    const task = {
      abort: () => {
        aborted = true
      },
      onHeadersReceived() {},
      offHeadersReceived() {},
      onChunkReceived() {},
      offChunkReceived() {},
    }
    const method = String(option.method ?? 'GET').toUpperCase()
    const header = Object.fromEntries(Object.entries((option.header as Record<string, unknown>) ?? {}).map(([k, v]) => [k, String(v)]))
    let url = String(option.url)
    let body: string | undefined
    const data = option.data
    // wx.request: GET data goes into the query string; other methods send it as JSON (or as is).
    if (data !== undefined && data !== null) {
      if (method === 'GET' && typeof data === 'object') {
        const qs = Object.entries(data as Record<string, unknown>).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')
        if (qs) url += (url.includes('?') ? '&' : '?') + qs
      } else body = typeof data === 'string' ? data : JSON.stringify(data)
    }
    const callbacks = option as Record<string, Fn | undefined>
    this.pendingRequests++
    this.calls.set('request', (this.calls.get('request') ?? 0) + 1)
    this.options
      .request({ url, method, header, body })
      .then(
        (res) => {
          if (aborted) return
          let payload: unknown = res.body
          if ((option.dataType ?? 'json') === 'json') {
            try {
              payload = this.contextJson.parse(res.body)
            } catch {
              // WeChat leaves a body that is not JSON as a string.
            }
          }
          const result = { data: payload, statusCode: res.statusCode, header: this.contextJson.parse(JSON.stringify(res.header)), cookies: [], errMsg: 'request:ok' }
          this.guard('request success', () => callbacks.success?.(result))
          this.guard('request complete', () => callbacks.complete?.(result))
        },
        (error: unknown) => {
          const result = { errMsg: `request:fail ${describe(error)}` }
          this.guard('request fail', () => callbacks.fail?.(result))
          this.guard('request complete', () => callbacks.complete?.(result))
        },
      )
      .finally(() => {
        this.pendingRequests--
        this.lastActivity = Date.now()
      })
    return task
  }

  private guard(what: string, fn: () => unknown) {
    try {
      fn()
    } catch (error) {
      this.errors.push(`${what}: ${describe(error)}`)
    }
  }
}

/** setData's paths: `root.cn.[0].v`, `list[2].title`, `a.b`. */
export function assignPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys: (string | number)[] = []
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part)
    if (!m) throw new Error(`setData: cannot read the path ${path}`)
    if (m[1]) keys.push(m[1])
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]))
  }
  let node: Record<string | number, unknown> = target
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      node[key] = value
      return
    }
    const next = node[key]
    if (next === null || typeof next !== 'object') node[key] = typeof keys[i + 1] === 'number' ? [] : {}
    node = node[key] as Record<string | number, unknown>
  })
}

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'stack' in error && typeof error.stack === 'string') return error.stack.split('\n').slice(0, 4).join('\n    ')
  return typeof error === 'string' ? error : safeJson(error)
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
