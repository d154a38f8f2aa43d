/**
 * The real API, in-process, behind the Taro.request shim: the app's one client talks to the
 * worker's own routes (app.request), so what a test sees is what the API answers, not a copy of it.
 */
import { resolve } from 'node:path'
import Taro from './shims/taro.ts'

// Imported by URL so the mini-program's typecheck (DOM types) does not walk the whole worker,
// which is checked with the Workers types by the root tsconfig.
interface Worker {
  request(path: string, init: RequestInit, env: Record<string, string>): Response | Promise<Response>
}
const workerEntry = resolve(import.meta.dirname, '../../worker/index.ts')
const { default: app } = (await import(/* @vite-ignore */ workerEntry)) as { default: Worker }

type RequestOption = Parameters<typeof Taro.request>[0]
type RequestResult = Awaited<ReturnType<typeof Taro.request>>

/** Quiet: no request log lines in the test output. */
const env = { REQUEST_LOG: 'off' }

export async function askApi(url: string, method = 'GET', body?: unknown): Promise<RequestResult> {
  const { pathname, search } = new URL(url)
  const res = await app.request(
    pathname + search,
    body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
    env,
  )
  return { statusCode: res.status, data: await res.json(), header: Object.fromEntries(res.headers) }
}

/** GET's JSON body, for comparing what the screen shows with what the API said. */
export async function apiJson<T>(path: string): Promise<T> {
  return (await askApi(`http://api.test${path}`)).data as T
}

/** From now on (in this test file) every request of the app goes to the real API. */
export function serveApi() {
  Taro.request.mockImplementation((option: RequestOption) => askApi(option.url, option.method, option.data))
}

/** Every request fails as it does with no connection. */
export function goOffline() {
  Taro.request.mockImplementation(async () => {
    throw { errMsg: 'request:fail offline' }
  })
}
