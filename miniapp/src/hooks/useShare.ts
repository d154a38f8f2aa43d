import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'

/**
 * Forwarding to a chat (WeChat's menu and `Btn share`): the title and the page, with its query,
 * that the friend opens. The page's config must have `enableShareAppMessage: true`. `fromMenu`,
 * when given, is what WeChat's ··· menu forwards instead: only the page's own share button comes
 * after the page has said what the link carries.
 */
export function useShare(title: string, path: string, fromMenu?: { title: string; path: string }) {
  useShareAppMessage(({ from }) => (from === 'menu' && fromMenu ? fromMenu : { title, path }))
}

/** Sharing to Moments, which opens this same page with `query` (`enableShareTimeline: true`). */
export function useMoments(title: string, query = '') {
  useShareTimeline(() => ({ title, query }))
}
