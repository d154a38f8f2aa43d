/**
 * Small wrappers over Taro storage (wx storage on WeChat, localStorage on H5). Storage can throw
 * (quota, private mode): a failed write must never break a screen, so errors are swallowed here.
 */
import Taro from '@tarojs/taro'

export function readStored<T = unknown>(key: string): T | undefined {
  try {
    const value: unknown = Taro.getStorageSync(key)
    return value === '' || value === null || value === undefined ? undefined : (value as T)
  } catch {
    return undefined
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value)
  } catch {
    // Out of space or storage disabled: the app still works, it just will not remember.
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // Nothing to do.
  }
}

/** The last good response for a request, kept so the app opens offline. */
export interface CachedResponse<T> {
  savedAt: number
  data: T
}

const cacheKey = (key: string) => `cache:v1:${key}`
/** The keys of saved responses, least recently written first. */
const cacheIndexKey = 'cache-index:v1'
/**
 * How many responses are kept: every language and every distinct set of answers has its own, so
 * without a bound the cache would grow until storage (10 MB on WeChat) is full.
 */
export const cacheLimit = 24

const cachedKeys = (): string[] => {
  const keys = readStored(cacheIndexKey)
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : []
}

export function readCache<T>(key: string): CachedResponse<T> | undefined {
  const entry = readStored<CachedResponse<T>>(cacheKey(key))
  return entry && typeof entry === 'object' && typeof entry.savedAt === 'number' && 'data' in entry ? entry : undefined
}

/** Saves a response; past the limit the least recently saved ones go. */
export function writeCache<T>(key: string, data: T, now = Date.now()): void {
  writeStored(cacheKey(key), { savedAt: now, data } satisfies CachedResponse<T>)
  const keys = [...cachedKeys().filter((k) => k !== key), key]
  for (const old of keys.splice(0, Math.max(0, keys.length - cacheLimit))) removeStored(cacheKey(old))
  writeStored(cacheIndexKey, keys)
}

/** Forgets every saved response (after one the app could not show). */
export function clearCache(): void {
  for (const key of cachedKeys()) removeStored(cacheKey(key))
  removeStored(cacheIndexKey)
}
