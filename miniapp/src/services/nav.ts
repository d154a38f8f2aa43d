import Taro from '@tarojs/taro'

/** WeChat keeps at most 10 pages; past that navigateTo fails without a word. */
const maxDepth = 8

interface StackPage {
  route?: string
  path?: string
  options?: Record<string, string | undefined>
}

const routeOf = (page: StackPage) => (page.route ?? page.path ?? '').replace(/^\//, '').replace(/\?.*/, '')
/** WeChat hands a page its query as `options`; Taro's H5 router keeps it in `path`. */
const paramsOf = (page: StackPage): Record<string, string | undefined> => page.options ?? Object.fromEntries(new URLSearchParams(page.path?.split('?')[1] ?? ''))

/**
 * Opens a page so that the stack never grows past WeChat's limit: back to it when it is open with
 * these parameters; in place of the current page when its route is open with others (the loop
 * measure → check → results → measure); on top otherwise. A route is on the stack at most once,
 * save the top, so the stack stays as short as the app has screens.
 */
export function go(url: string): void {
  const [path, query = ''] = url.replace(/^\//, '').split('?')
  const wanted = [...new URLSearchParams(query)]
  const pages = Taro.getCurrentPages() as StackPage[]
  const at = pages.findIndex((p) => routeOf(p) === path && wanted.every(([k, v]) => paramsOf(p)[k] === v))
  if (at === pages.length - 1 && at >= 0) return
  if (at >= 0) void Taro.navigateBack({ delta: pages.length - 1 - at })
  else if (pages.some((p) => routeOf(p) === path) || pages.length >= maxDepth) void Taro.redirectTo({ url })
  else void Taro.navigateTo({ url })
}

/** Home, with everything above it closed (a shared link may have opened the app anywhere). */
export const goHome = () => void Taro.reLaunch({ url: '/pages/index/index' })

export const measureUrl = (id: string) => `/pages/measure/index?id=${encodeURIComponent(id)}`
