/**
 * WeChat's view layer, the part a test can run offline: the build's WXML and WXSS compiled by
 * WeChat's own compilers (wcc and wcsc, npm miniprogram-compiler), and the compiled WXML's render
 * functions turning a page's data into the node tree WeChat would draw.
 */
import { createRequire } from 'node:module'
import vm from 'node:vm'

const require = createRequire(import.meta.url)
const { wxmlToJs, wxssToJs } = require('miniprogram-compiler') as {
  wxmlToJs(root: string): string
  wxssToJs(root: string): string
}

/** A node of the tree a compiled WXML function returns. Text is a string child. */
export interface WxNode {
  tag: string
  attr?: Record<string, unknown>
  children?: (WxNode | string)[]
}

type Render = (data: unknown, dd: unknown, global: unknown) => WxNode
type Gwx = (path: string) => Render | undefined

export interface CompiledView {
  /** Characters of JS the compilers produced (WXML, WXSS). */
  wxmlJs: number
  wxssJs: number
  render(path: string, data: unknown): WxNode
  /** Stylesheets wcsc compiled and that produced CSS, by path. */
  stylesheets: string[]
  /** Characters of CSS they produced. */
  cssChars: number
}

/** Compiles every WXML and WXSS file of the build; throws on any compiler error. */
export function compileView(dir: string): CompiledView {
  const wxml = wxmlToJs(dir)
  const wxss = wxssToJs(dir)
  // The view layer has its own globals; WXML's runtime reads a few from `window`.
  const warnings: string[] = []
  const css = new Map<string, string>()
  const context = vm.createContext({
    console: { log() {}, warn: (...a: unknown[]) => warnings.push(a.join(' ')), error: (...a: unknown[]) => warnings.push(a.join(' ')) },
    navigator: { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) MicroMessenger/8.0.50' },
    screen: { width: 390, height: 844 },
    devicePixelRatio: 3,
    // Where WeChat's view collects the CSS of each stylesheet.
    __styleSheetManager2__: { addItem() {}, setCss: (key: string, text: string) => void css.set(key, text) },
  })
  vm.runInContext('var window = this', context)
  const gwx = (vm.runInContext(`(function (global) {${wxml}\n})`, context, { filename: 'wxml.js' }) as (g: object) => Gwx)({})
  const stylesheetOf = vm.runInContext(`(function () {${wxss}\n})`, context, { filename: 'wxss.js' }) as () => (path: string) => unknown
  const lookup = stylesheetOf()
  // Each stylesheet's function writes its CSS (rpx turned into px for a 390 px wide phone).
  const stylesheets = [...wxss.matchAll(/'([^']+\.wxss)':/g)].map((m) => m[1]!).filter((path) => {
    const apply = lookup(path)
    if (typeof apply !== 'function') return false
    const before = css.size
    apply('', { path })
    return css.size > before
  })
  const json = vm.runInContext('JSON', context) as JSON

  function renderOnce(path: string, data: unknown): WxNode {
    const fn = gwx(path) ?? gwx(path.replace(/^\.\//, ''))
    if (!fn) throw new Error(`no compiled WXML for ${path}`)
    warnings.length = 0
    // The logic layer sends setData as JSON; the view parses it in its own realm.
    const tree = fn(json.parse(JSON.stringify(data)), {}, {})
    const missing = warnings.find((w) => /not found|error/i.test(w))
    if (missing) throw new Error(`${path}: ${missing}`)
    return tree
  }

  return {
    wxmlJs: wxml.length,
    wxssJs: wxss.length,
    stylesheets,
    cssChars: [...css.values()].reduce((n, text) => n + text.length, 0),
    render(path, data) {
      const tree = renderOnce(path, data)
      // Taro continues trees deeper than its templates in the `comp` component: draw those too.
      const expand = (node: WxNode | string): WxNode | string => {
        if (typeof node === 'string') return node
        if (node.tag === 'wx-comp' && node.attr) {
          const inner = renderOnce('./comp.wxml', { i: node.attr.i, l: node.attr.l })
          return { tag: 'wx-comp', attr: {}, children: (inner.children ?? []).map(expand) }
        }
        return { ...node, children: (node.children ?? []).map(expand) }
      }
      return expand(tree) as WxNode
    },
  }
}

/** The text a user would read: every text child, in document order, joined. */
export function textOf(node: WxNode | string): string {
  if (typeof node === 'string') return node
  return (node.children ?? []).map(textOf).join('')
}

export function countNodes(node: WxNode | string, tag?: string): number {
  if (typeof node === 'string') return 0
  return (tag === undefined || node.tag === tag ? 1 : 0) + (node.children ?? []).reduce((n, c) => n + countNodes(c, tag), 0)
}
