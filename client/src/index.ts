/**
 * A typed client for the E-Town 科创二十条2.0版 policy API: one method per endpoint, on top of
 * openapi-fetch, with every request and response type taken from `schema.ts`, which is generated
 * from the OpenAPI document the worker serves.
 *
 * Methods resolve to a result union rather than throwing on a problem: a 404 for an id or a 400
 * for a profile is an answer the caller has to handle, and a union makes the compiler say so
 * (a `catch` clause only ever sees `unknown`). What is not an answer from the API still throws:
 * a failed connection (fetch's TypeError), an abort, a success body that is not JSON.
 */
import createFetchClient from 'openapi-fetch'
import type { Client as FetchClient } from 'openapi-fetch'
import type { components, operations, paths } from './schema.js'

export type { components, operations, paths }

type Schemas = components['schemas']
type Json<Op extends keyof operations, Status extends keyof operations[Op]['responses']> =
  operations[Op]['responses'][Status] extends { content: { 'application/json': infer Body } } ? Body : never

/** An RFC 9457 problem, as the API sends it (`application/problem+json`). */
export type Problem = Schemas['Problem']
export type MeasureList = Schemas['MeasureList']
export type Measure = Schemas['Measure']
export type MeasureId = Schemas['MeasureId']
export type MeasureKind = Schemas['MeasureKind']
export type GroupId = NonNullable<Schemas['GroupId']>
export type Policy = Schemas['Policy']
/** What POST /v1/eligibility evaluates; every field is optional. */
export type Profile = Schemas['Profile']
export type EligibilityResponse = Schemas['EligibilityResponse']
export type EligibilityResult = Schemas['EligibilityResult']
export type ProfileOptions = Schemas['ProfileOptions']
export type SearchResponse = Schemas['SearchResponse']
export type Glossary = Schemas['Glossary']
export type SourceText = Schemas['SourceText']
export type ProblemType = Schemas['ProblemType']
export type ProblemTypeList = Json<'listProblemTypes', 200>
export type Health = Schemas['Health']

/** The language tags the API serves (the document types `lang` as a string: it also takes aliases). */
export const languages = ['zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'en'] as const
export type Language = (typeof languages)[number]

interface Answer {
  status: number
  /** The `Content-Language` the API answered in. */
  language: string | null
  /** The `ETag` of the representation, for a later `ifNoneMatch`. */
  etag: string | null
}
export interface Success<T> extends Answer {
  ok: true
  notModified: false
  data: T
}
/** 304: the representation behind `ifNoneMatch` is still current; only given when one was sent. */
export interface NotModified extends Answer {
  ok: true
  notModified: true
  status: 304
  data?: undefined
}
export interface Failure extends Answer {
  ok: false
  problem: Problem
}
export type ApiResult<T> = Success<T> | Failure

export interface CallOptions {
  /** Overrides the client's `lang` for this call. */
  lang?: Language
  signal?: AbortSignal
}
export interface ConditionalOptions extends CallOptions {
  /** An ETag from an earlier answer: the API then answers 304 if it still holds. */
  ifNoneMatch?: string
}
/** A 304 is in the result's type only when the call may have sent If-None-Match. */
export type Conditional<T, O> =
  | ApiResult<T>
  | ('ifNoneMatch' extends keyof O ? (O[keyof O & 'ifNoneMatch'] extends undefined ? never : NotModified) : never)

export interface MeasureFilter {
  kind?: MeasureKind
  group?: GroupId
}

export interface ClientOptions {
  /** Where the API is served, e.g. `https://api.example` (a trailing slash is fine). */
  baseUrl: string
  /** Sent as `?lang=` on every call; without it the API negotiates from `Accept-Language`. */
  lang?: Language
  /** Defaults to the global `fetch`; pass another to add retries, logging, or to call a worker in-process. */
  fetch?: (request: Request) => Promise<Response>
}

export interface Client {
  listMeasures<O extends ConditionalOptions = {}>(filter?: MeasureFilter, options?: O): Promise<Conditional<MeasureList, O>>
  getMeasure<O extends ConditionalOptions = {}>(id: string, options?: O): Promise<Conditional<Measure, O>>
  getPolicy<O extends ConditionalOptions = {}>(options?: O): Promise<Conditional<Policy, O>>
  checkEligibility(profile: Profile, options?: CallOptions): Promise<ApiResult<EligibilityResponse>>
  getEligibilityOptions(options?: CallOptions): Promise<ApiResult<ProfileOptions>>
  search<O extends ConditionalOptions = {}>(q: string, options?: O): Promise<Conditional<SearchResponse, O>>
  getGlossary<O extends ConditionalOptions = {}>(options?: O): Promise<Conditional<Glossary, O>>
  /** The release the API is built on, entry by entry, in the response's language. */
  getSource<O extends ConditionalOptions = {}>(options?: O): Promise<Conditional<SourceText, O>>
  listProblemTypes(options?: CallOptions): Promise<ApiResult<ProblemTypeList>>
  /** `type` as the API writes it in a problem (`/problems/validation`) or its last segment. */
  getProblemType(type: string, options?: CallOptions): Promise<ApiResult<ProblemType>>
  health(options?: CallOptions): Promise<ApiResult<Health>>
  /** The underlying openapi-fetch client, typed by the same schema, for anything the methods do not cover. */
  raw: FetchClient<paths>
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** A problem body as sent, or one made up from the status when something else answered (a proxy's error page). */
function toProblem(body: unknown, response: Response): Problem {
  if (isObject(body) && typeof body.type === 'string' && typeof body.title === 'string' && typeof body.status === 'number') {
    return body as Problem
  }
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: 'The response carried no problem details.',
  }
}

type Settled<T> = { data?: T; error?: unknown; response: Response }

async function settle<T>(call: Promise<Settled<T>>): Promise<ApiResult<T> | NotModified> {
  const { data, error, response } = await call
  const answer = { language: response.headers.get('Content-Language'), etag: response.headers.get('ETag') }
  if (response.status === 304) return { ok: true, notModified: true, status: 304, ...answer }
  if (response.ok) return { ok: true, notModified: false, status: response.status, data: data as T, ...answer }
  return { ok: false, status: response.status, problem: toProblem(error, response), ...answer }
}

export function createClient({ baseUrl, lang, fetch }: ClientOptions): Client {
  const raw = createFetchClient<paths>({ baseUrl, ...(fetch ? { fetch } : {}) })
  const query = (options?: CallOptions) => ({ lang: options?.lang ?? lang })
  const init = (options?: CallOptions) => ({ signal: options?.signal })
  const conditionalInit = (options?: ConditionalOptions) => ({
    signal: options?.signal,
    headers: options?.ifNoneMatch === undefined ? {} : { 'If-None-Match': options.ifNoneMatch },
  })
  // settle() cannot know whether If-None-Match was sent; the method's options type does.
  const conditional = <T, O>(call: Promise<Settled<T>>) => settle(call) as Promise<Conditional<T, O>>
  const plain = <T>(call: Promise<Settled<T>>) => settle(call) as Promise<ApiResult<T>>

  return {
    listMeasures<O extends ConditionalOptions = {}>(filter: MeasureFilter = {}, options?: O) {
      const call = raw.GET('/v1/measures', { params: { query: { ...filter, ...query(options) } }, ...conditionalInit(options) })
      return conditional<MeasureList, O>(call)
    },
    getMeasure<O extends ConditionalOptions = {}>(id: string, options?: O) {
      const call = raw.GET('/v1/measures/{id}', { params: { path: { id }, query: query(options) }, ...conditionalInit(options) })
      return conditional<Measure, O>(call)
    },
    getPolicy<O extends ConditionalOptions = {}>(options?: O) {
      return conditional<Policy, O>(raw.GET('/v1/policy', { params: { query: query(options) }, ...conditionalInit(options) }))
    },
    checkEligibility: (profile, options) =>
      plain(raw.POST('/v1/eligibility', { params: { query: query(options) }, body: { profile }, ...init(options) })),
    getEligibilityOptions: (options) => plain(raw.GET('/v1/eligibility/options', { params: { query: query(options) }, ...init(options) })),
    search<O extends ConditionalOptions = {}>(q: string, options?: O) {
      const call = raw.GET('/v1/search', { params: { query: { q, ...query(options) } }, ...conditionalInit(options) })
      return conditional<SearchResponse, O>(call)
    },
    getGlossary<O extends ConditionalOptions = {}>(options?: O) {
      return conditional<Glossary, O>(raw.GET('/v1/glossary', { params: { query: query(options) }, ...conditionalInit(options) }))
    },
    getSource<O extends ConditionalOptions = {}>(options?: O) {
      return conditional<SourceText, O>(raw.GET('/v1/source', { params: { query: query(options) }, ...conditionalInit(options) }))
    },
    listProblemTypes: (options) => plain(raw.GET('/problems', { params: { query: query(options) }, ...init(options) })),
    getProblemType: (type, options) => {
      const path = { type: type.replace(/^.*\/problems\//, '') }
      return plain(raw.GET('/problems/{type}', { params: { path, query: query(options) }, ...init(options) }))
    },
    health: (options) => plain(raw.GET('/healthz', { params: { query: query(options) }, ...init(options) })),
    raw,
  }
}
