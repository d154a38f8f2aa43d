import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'

/**
 * Forwarding to a chat (WeChat's menu and `Btn share`): the title and the page, with its query,
 * that the friend opens. The page's config must have `enableShareAppMessage: true`.
 */
export function useShare(title: string, path: string) {
  useShareAppMessage(() => ({ title, path }))
}

/** Sharing to Moments, which opens this same page with `query` (`enableShareTimeline: true`). */
export function useMoments(title: string, query = '') {
  useShareTimeline(() => ({ title, query }))
}
