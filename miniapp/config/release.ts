/**
 * The API base of a release build (`npm run build:weapp:release`): WeChat only lets a published
 * mini-program call https origins registered as its request domain (request合法域名), so a release
 * that still points at the local worker, or at any http address, must not be built at all.
 */
export function checkReleaseApiBase(value: string | undefined): string {
  const how = 'Set it to the deployed API, e.g. TARO_APP_API_BASE=https://api.example.org npm run build:weapp:release'
  if (!value) throw new Error(`Release build: TARO_APP_API_BASE is not set. ${how}`)
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`Release build: TARO_APP_API_BASE="${value}" is not a URL. ${how}`)
  }
  if (url.protocol !== 'https:') throw new Error(`Release build: TARO_APP_API_BASE="${value}" is not https; WeChat only calls https request domains. ${how}`)
  if (url.username || url.password || url.search || url.hash)
    throw new Error(`Release build: TARO_APP_API_BASE="${value}" must be an origin (or base path) without credentials, query or fragment. ${how}`)
  if (['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) throw new Error(`Release build: TARO_APP_API_BASE="${value}" is this machine, not the deployed API. ${how}`)
  return value
}
