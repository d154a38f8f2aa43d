import Taro, { usePullDownRefresh } from '@tarojs/taro'

/** Pull to refresh (page config enablePullDownRefresh): reloads, then closes the spinner. */
export function usePullRefresh(reload: () => Promise<void>) {
  usePullDownRefresh(() => {
    void reload().finally(() => {
      Taro.stopPullDownRefresh()
    })
  })
}
