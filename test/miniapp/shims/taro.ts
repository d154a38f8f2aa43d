/**
 * A stand-in for @tarojs/taro: in-memory storage, a request function tests replace, and no-op
 * navigation and UI calls that tests can inspect.
 */
import { useEffect } from 'react'
import { vi } from 'vitest'

export const storage = new Map<string, unknown>()

type RequestOption = { url: string; method: string; data?: unknown; header: Record<string, string>; timeout: number }
type RequestResult = { statusCode: number; data: unknown; header?: Record<string, string> }

const Taro = {
  getStorageSync: vi.fn((key: string) => (storage.has(key) ? structuredClone(storage.get(key)) : '')),
  setStorageSync: vi.fn((key: string, value: unknown) => void storage.set(key, structuredClone(value))),
  removeStorageSync: vi.fn((key: string) => void storage.delete(key)),
  getSystemInfoSync: vi.fn(() => ({ language: 'zh_CN' })),
  getAppBaseInfo: vi.fn(() => ({ language: 'zh_CN' })),
  request: vi.fn(async (_option: RequestOption): Promise<RequestResult> => {
    throw { errMsg: 'request:fail no fake server in this test' }
  }),
  navigateTo: vi.fn(async (_option: { url: string }) => undefined),
  navigateBack: vi.fn(async (_option?: { delta: number }) => undefined),
  redirectTo: vi.fn(async (_option: { url: string }) => undefined),
  reLaunch: vi.fn(async (_option: { url: string }) => undefined),
  getCurrentPages: vi.fn(() => [] as { route?: string; path?: string; options?: Record<string, string> }[]),
  setNavigationBarTitle: vi.fn(async (_option: { title: string }) => undefined),
  showToast: vi.fn(async (_option: { title: string }) => undefined),
  pageScrollTo: vi.fn(async () => undefined),
  setClipboardData: vi.fn(async (_option: { data: string }) => undefined),
  showShareMenu: vi.fn(async () => undefined),
  stopPullDownRefresh: vi.fn(),
  eventCenter: { once: vi.fn((_event: string, callback: () => void) => callback()) },
}

export default Taro
export const useRouter = vi.fn(() => ({ params: {} as Record<string, string | undefined> }))
export const useDidShow = vi.fn()
export const usePullDownRefresh = vi.fn()
export const useShareAppMessage = vi.fn()
export const useShareTimeline = vi.fn()
export const useLoad = vi.fn()
/** WeChat's and Taro's onReady: the page's first render is in place. */
export const useReady = vi.fn((callback: () => void) => useEffect(() => callback(), []))
