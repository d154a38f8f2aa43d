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
 * On H5 the page gone back to shows after the router's animation; a redirect before that leaves
 * a blank screen. WeChat's navigateBack resolves once it is done.
 */
function shownAgain(): Promise<void> | undefined {
  if (process.env.TARO_ENV !== 'h5') return undefined
  return new Promise((resolve) => {
    Taro.eventCenter.once('__afterTaroRouterChange', () => resolve())
    setTimeout(resolve, 1000)
  })
}

/**
 * Opens a page so that the stack never grows past WeChat's limit, with at most one page of each
 * screen: back to the page when it is open with these parameters; back to the screen's page and
 * this one in its place when it is open with others (the loop measure → check → results →
 * another measure); on top otherwise.
 */
export function go(url: string): Promise<void> {
  // A failed navigation has nothing to show the person; say it where developers look.
  return navigate(url).catch((error: unknown) => console.error('navigation failed', url, error))
}

async function navigate(url: string): Promise<void> {
  const [path, query = ''] = url.replace(/^\//, '').split('?')
  const wanted = [...new URLSearchParams(query)]
  const pages = Taro.getCurrentPages() as StackPage[]
  const back = (to: number) => (to < pages.length - 1 ? Taro.navigateBack({ delta: pages.length - 1 - to }) : undefined)
  const open = pages.findIndex((p) => routeOf(p) === path && wanted.every(([k, v]) => paramsOf(p)[k] === v))
  if (open >= 0) return void (await back(open))
  const screen = pages.findIndex((p) => routeOf(p) === path)
  if (screen >= 0 && screen < pages.length - 1) {
    const shown = shownAgain()
    await back(screen)
    await shown
  }
  if (screen >= 0 || pages.length >= maxDepth) await Taro.redirectTo({ url })
  else await Taro.navigateTo({ url })
}

/** Home, with everything above it closed (a shared link may have opened the app anywhere). */
export const goHome = () => void Taro.reLaunch({ url: '/pages/index/index' })

export const measureUrl = (id: string) => `/pages/measure/index?id=${encodeURIComponent(id)}`
