/**
 * The one HTTP client of the app, around Taro.request (wx.request on WeChat, fetch on H5). It
 * returns a typed result or a typed error and nothing else: no toasts, no navigation, no
 * retries. Request and response types come from client/src/schema.ts, which openapi-typescript
 * generates from the worker's OpenAPI document (the same file the third-party client is typed by).
 */
import Taro from '@tarojs/taro'
import type { components, paths } from '../../../client/src/schema.ts'
import type { Language } from '../locales/languages.ts'

type Schemas = components['schemas']
export type EligibilityResponseDto = Schemas['EligibilityResponse']
export type MeasureDto = Schemas['Measure']
export type MeasureListDto = Schemas['MeasureList']
export type PolicyDto = Schemas['Policy']
export type ProblemDto = Schemas['Problem']
export type EligibilityResultDto = Schemas['EligibilityResult']
export type FigureDto = Schemas['Figure']
export type CitationDto = Schemas['Citation']
/** What POST /v1/eligibility accepts as `profile`. */
export type ProfileInput = Schemas['Profile']
export type GroupId = NonNullable<Schemas['GroupId']>
export type MeasureKind = Schemas['MeasureKind']
/** GET /v1/eligibility/options: labelled choices by JSON pointer into the eligibility request. */
export type EligibilityOptionsDto = paths['/v1/eligibility/options']['get']['responses'][200]['content']['application/json']
export type ProfileOptionDto = EligibilityOptionsDto['options'][string][number]
/** GET /v1/source: the news release the service is built on, entry by entry. */
export type SourceTextDto = Schemas['SourceText']
export type SourceEntryDto = Schemas['SourceEntry']
/** The entry of GET /v1/source a citation quotes (null when it quotes no entry of the release). */
export type SourceEntryId = NonNullable<Schemas['SourceEntryId']>

export interface MeasureFilter {
  kind?: MeasureKind
  group?: GroupId
}

export type HttpError =
  /** No answer: offline, DNS, refused connection, or the timeout ran out. */
  | { kind: 'network'; timedOut: boolean; message: string }
  /** An RFC 9457 problem from the API (400, 404, 413, 429, …), localized. */
  | { kind: 'problem'; status: number; problem: ProblemDto }
  /** An error status without a problem body (a proxy's error page, say). */
  | { kind: 'http'; status: number }
  /** A success status whose body is not the JSON object the API sends. */
  | { kind: 'invalid-response'; status: number }

export type HttpResult<T> =
  | { ok: true; status: number; data: T; /** The Content-Language the API answered in. */ language: string | null }
  | { ok: false; error: HttpError }

/** The slice of Taro.request the client uses; tests pass a fake. */
export type Requester = (option: {
  url: string
  method: 'GET' | 'POST'
  data?: unknown
  header: Record<string, string>
  timeout: number
  dataType: 'json'
}) => Promise<{ statusCode: number; data: unknown; header?: Record<string, unknown> }>

export interface ClientOptions {
  /** Base URL of the API, without a trailing slash. */
  baseUrl: string
  request?: Requester
  timeoutMs?: number
}

export interface ApiClient {
  policy(lang: Language): Promise<HttpResult<PolicyDto>>
  measures(lang: Language, filter?: MeasureFilter): Promise<HttpResult<MeasureListDto>>
  measure(lang: Language, id: string): Promise<HttpResult<MeasureDto>>
  eligibility(lang: Language, profile: ProfileInput): Promise<HttpResult<EligibilityResponseDto>>
  eligibilityOptions(lang: Language): Promise<HttpResult<EligibilityOptionsDto>>
  source(lang: Language): Promise<HttpResult<SourceTextDto>>
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function isProblem(value: unknown): value is ProblemDto {
  return isObject(value) && typeof value.type === 'string' && typeof value.title === 'string' && typeof value.status === 'number'
}

function headerValue(header: Record<string, unknown> | undefined, name: string): string | null {
  if (!header) return null
  const key = Object.keys(header).find((k) => k.toLowerCase() === name)
  const value = key === undefined ? undefined : header[key]
  return typeof value === 'string' ? value : null
}

function query(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

function describe(reason: unknown): { message: string; timedOut: boolean } {
  // wx.request rejects with { errMsg: 'request:fail timeout' }; fetch with an AbortError on H5.
  const r = isObject(reason) ? reason : {}
  const message = String(r.errMsg ?? r.message ?? reason ?? 'request failed')
  return { message, timedOut: r.name === 'AbortError' || /timeout|abort/i.test(message) }
}

const defaultRequester: Requester = (option) => Taro.request(option) as unknown as ReturnType<Requester>

export function createApiClient({ baseUrl, request = defaultRequester, timeoutMs = 15_000 }: ClientOptions): ApiClient {
  const base = baseUrl.replace(/\/+$/, '')

  async function send<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<HttpResult<T>> {
    let response: Awaited<ReturnType<Requester>>
    try {
      response = await request({
        url: `${base}${path}`,
        method,
        data: body,
        header: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
        timeout: timeoutMs,
        dataType: 'json',
      })
    } catch (reason) {
      const { message, timedOut } = describe(reason)
      return { ok: false, error: { kind: 'network', timedOut, message } }
    }
    const status = response.statusCode
    const data = response.data
    if (status >= 200 && status < 300) {
      if (!isObject(data)) return { ok: false, error: { kind: 'invalid-response', status } }
      return { ok: true, status, data: data as T, language: headerValue(response.header, 'content-language') }
    }
    if (isProblem(data)) return { ok: false, error: { kind: 'problem', status, problem: data } }
    return { ok: false, error: { kind: 'http', status } }
  }

  return {
    policy: (lang) => send('GET', `/v1/policy${query({ lang })}`),
    measures: (lang, filter = {}) => send('GET', `/v1/measures${query({ lang, kind: filter.kind, group: filter.group })}`),
    measure: (lang, id) => send('GET', `/v1/measures/${encodeURIComponent(id)}${query({ lang })}`),
    eligibility: (lang, profile) => send('POST', `/v1/eligibility${query({ lang })}`, { profile }),
    eligibilityOptions: (lang) => send('GET', `/v1/eligibility/options${query({ lang })}`),
    source: (lang) => send('GET', `/v1/source${query({ lang })}`),
  }
}

/**
 * Set at build time in miniapp/.env* (see miniapp/README.md). Empty (the /app/ build the worker
 * serves itself): requests go to the page's own origin, `/v1/…`.
 */
export const apiBase: string = process.env.TARO_APP_API_BASE ?? ''

export const api: ApiClient = createApiClient({ baseUrl: apiBase })
