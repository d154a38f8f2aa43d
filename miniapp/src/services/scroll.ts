import Taro from '@tarojs/taro'

/** Room left above an element brought to the top of the page. */
const margin = 12

interface Scroller {
  /** Where the scroller's visible area starts, in viewport pixels. */
  top(): number
  scrollTop(): number
  maxScrollTop(): number
  scrollTo(top: number): void
  events: EventTarget
}

/** The page's own scroller on H5 (Taro's page element), or the window when the app scrolls it. */
function scrollerOf(element: HTMLElement): Scroller {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (!/(auto|scroll)/.test(getComputedStyle(parent).overflowY)) continue
    const el = parent
    return {
      top: () => el.getBoundingClientRect().top,
      scrollTop: () => el.scrollTop,
      maxScrollTop: () => el.scrollHeight - el.clientHeight,
      scrollTo: (top) => el.scrollTo({ top, behavior: 'smooth' }),
      events: el,
    }
  }
  return {
    top: () => 0,
    scrollTop: () => window.scrollY,
    maxScrollTop: () => document.documentElement.scrollHeight - window.innerHeight,
    scrollTo: (top) => window.scrollTo({ top, behavior: 'smooth' }),
    events: window,
  }
}

/**
 * Brings an element to the top of the page on H5 and keeps it there for two seconds: Taro's H5
 * components finish drawing after the page is ready, so the text above it can still grow. Only
 * the page's scroller moves (Element.scrollIntoView would also scroll the document under Taro's
 * router near the end of a page); a touch or the wheel hands the page back to the reader.
 */
function bringToTop(element: HTMLElement) {
  const scroller = scrollerOf(element)
  let handedBack = false
  const handBack = () => {
    handedBack = true
  }
  const inputs = ['touchstart', 'wheel'] as const
  for (const type of inputs) scroller.events.addEventListener(type, handBack, { passive: true })
  let checks = 0
  const check = () => {
    if (!handedBack && element.isConnected) {
      const wanted = Math.min(Math.max(0, scroller.scrollTop() + element.getBoundingClientRect().top - scroller.top() - margin), scroller.maxScrollTop())
      if (Math.abs(wanted - scroller.scrollTop()) > 2) scroller.scrollTo(wanted)
      if (++checks < 8) {
        setTimeout(check, 250)
        return
      }
    }
    for (const type of inputs) scroller.events.removeEventListener(type, handBack)
  }
  check()
}

/**
 * Scrolls the current page so that the element with this id is at its top. H5 keeps earlier pages
 * in the DOM (hidden), so an id can occur twice there: the current page's is the last. WeChat
 * scopes the selector to the current page, once the render has reached it.
 */
export function scrollToId(id: string) {
  if (process.env.TARO_ENV === 'h5') {
    const found = document.querySelectorAll<HTMLElement>(`#${id}`)
    const element = found[found.length - 1]
    if (element) bringToTop(element)
    return
  }
  Taro.nextTick(() => void Taro.pageScrollTo({ selector: `#${id}`, offsetTop: -margin, duration: 300 }).catch(() => undefined))
}
