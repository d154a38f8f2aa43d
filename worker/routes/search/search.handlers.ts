import type { RouteHandler } from '@hono/zod-openapi'
import type { Context, TypedResponse } from 'hono'
import type { JSONParsed } from 'hono/utils/types'
import type { ZodError } from 'zod'
import { CACHE_CONTROL } from '../../lib/cached.ts'
import type { AppEnv } from '../../lib/context.ts'
import { hash53, matchesIfNoneMatch } from '../../lib/etag.ts'
import { ProblemError, type FieldError } from '../../lib/problem.ts'
import { fieldErrors } from '../../lib/validation.ts'
import { SEARCH_QUERY_MAX_LENGTH, type SearchResponseDto } from '../../schemas.ts'
import type { searchMeasures } from './search.routes.ts'
import { searchDto } from './search.view.ts'

/**
 * The last few hundred bodies per isolate, by language and query (least recently used out):
 * popular queries repeat, and a body depends only on them and the deployed content. Each has a
 * strong ETag of its bytes and the same caching headers as the other GETs.
 */
const RECENT_LIMIT = 256
const recent = new Map<string, { body: Uint8Array; etag: string }>()
const utf8 = new TextEncoder()

type SearchResponse = TypedResponse<JSONParsed<SearchResponseDto>, 200, 'json'>

export const searchHandler: RouteHandler<typeof searchMeasures, AppEnv> = (c): SearchResponse => {
  const { q } = c.req.valid('query')
  const key = `${c.var.language}\u0000${q}`
  let entry = recent.get(key)
  if (entry) {
    recent.delete(key)
  } else {
    const text = JSON.stringify(searchDto(q, c.var.t))
    entry = { body: utf8.encode(text), etag: `"${hash53(text)}"` }
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!)
  }
  recent.set(key, entry)
  const headers = { etag: entry.etag, 'cache-control': CACHE_CONTROL }
  const response = matchesIfNoneMatch(c.req.header('if-none-match'), entry.etag)
    ? new Response(null, { status: 304, headers })
    : new Response(entry.body, { status: 200, headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } })
  // The typed route sees the JSON body it declared (the 304 is the same resource, unchanged).
  return response as unknown as SearchResponse
}

/** Like the app's validation hook, with plain words for a missing, empty or too long `q`. */
export function queryValidationProblem(error: ZodError, c: Context<AppEnv>): ProblemError {
  const missing = c.req.query('q') === undefined
  const errors = fieldErrors(error, c.var.t, ['query']).map((e): FieldError => {
    if (e.pointer !== '/query/q') return e
    if (e.code === 'too-big') return { pointer: e.pointer, code: 'query-too-long', detail: c.var.t('search.query-too-long', { maximum: SEARCH_QUERY_MAX_LENGTH }) }
    if (e.code === 'too-small' || missing) return { pointer: e.pointer, code: 'query-empty', detail: c.var.t('search.query-empty') }
    return e // e.g. q given twice
  })
  return new ProblemError('validation', { count: errors.length }, { errors })
}
