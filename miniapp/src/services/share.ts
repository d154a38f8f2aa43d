import Taro from '@tarojs/taro'

/** Copies text and confirms it in the current language. WeChat shows its own confirmation. */
export async function copyText(text: string, done: string, failed: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    if (process.env.TARO_ENV === 'h5') void Taro.showToast({ title: done, icon: 'none' })
    return true
  } catch {
    void Taro.showToast({ title: failed, icon: 'none' })
    return false
  }
}

/** Opens a source document: a new tab on H5; WeChat cannot open outside pages, so there we copy. */
export function openExternal(url: string, copied: string, failed: string) {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener')
    return
  }
  void copyText(url, copied, failed)
}

/** The address of this page, for "copy link" on H5. */
export const currentPageUrl = (): string => (process.env.TARO_ENV === 'h5' ? window.location.href : '')
