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

/** Whether the browser offers its own share sheet (Web Share API: most phones, some desktops). */
export const canWebShare = (): boolean => process.env.TARO_ENV === 'h5' && typeof navigator.share === 'function'

/** H5: the system share sheet where there is one, else the link is copied. */
export async function shareLink(link: { url: string; title: string }, copied: string, failed: string): Promise<void> {
  if (!canWebShare()) {
    await copyText(link.url, copied, failed)
    return
  }
  try {
    await navigator.share(link)
  } catch (error) {
    // Closing the sheet is an AbortError: the person changed their mind, nothing to report.
    if (!(error instanceof DOMException && error.name === 'AbortError')) await copyText(link.url, copied, failed)
  }
}

/** The address of a page of this H5 app (hash router), for sharing a page other than this one. */
export const appPageUrl = (path: string): string => (process.env.TARO_ENV === 'h5' ? `${window.location.href.split('#')[0]}#${path}` : path)
