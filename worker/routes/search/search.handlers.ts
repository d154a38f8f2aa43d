import type { RouteHandler } from '@hono/zod-openapi'
import type { Context, TypedResponse } from 'hono'
import type { JSONParsed } from 'hono/utils/types'
import type { ZodError } from 'zod'
import { CACHE_CONTROL } from '../../lib/cached.ts'
import type { AppEnv } from '../../lib/context.ts'
import { matchesIfNoneMatch } from '../../lib/etag.ts'
import { ProblemError, type FieldError } from '../../lib/problem.ts'
import { fieldErrors } from '../../lib/validation.ts'
import { SEARCH_QUERY_MAX_LENGTH, type SearchResponseDto } from '../../schemas.ts'
import type { searchMeasures } from './search.routes.ts'
import { searchBody } from './search.view.ts'

/**
 * The last few hundred bodies per isolate, by language and query: popular queries repeat, and a
 * body depends only on them and the deployed content. Two generations of 128 (the older one
 * dropped when the newer fills; a body used again moves to the newer) keep the 128 to 256 most
 * recently used without reordering a map on every hit. Each body has a strong ETag of its bytes
 * and the same caching headers as the other GETs.
 */
type Recent = Map<string, { body: Uint8Array; etag: string }>
const GENERATION = 128
let recent: Recent = new Map()
let older: Recent = new Map()

/**
 * A 53-bit hash of a body's UTF-8 bytes, read four at a time (cyrb53's mixing, as hash53 does over
 * UTF-16 units), seeded with the language: the strong ETag of a fresh body, at a fraction of
 * hashing its text unit by unit.
 */
export function bytesHash(bytes: Uint8Array, language: string): string {
  let h1 = 0xdeadbeef ^ bytes.length
  let h2 = 0x41c6ce57 ^ bytes.length
  for (let i = 0; i < language.length; i++) {
    h1 = Math.imul(h1 ^ language.charCodeAt(i), 2654435761)
    h2 = Math.imul(h2 ^ language.charCodeAt(i), 1597334677)
  }
  const whole = bytes.length & ~3
  for (let i = 0; i < whole; i += 4) {
    const word = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)
    h1 = Math.imul(h1 ^ word, 2654435761)
    h2 = Math.imul(h2 ^ word, 1597334677)
  }
  for (let i = whole; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i]!, 2654435761)
    h2 = Math.imul(h2 ^ bytes[i]!, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  // 53 bits as 14 hex digits, from small integers (a double's toString(16) is slow).
  return hex(2097151 & h2, 6) + hex(h1 >>> 16, 4) + hex(h1 & 0xffff, 4)
}

const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0')

type SearchResponse = TypedResponse<JSONParsed<SearchResponseDto>, 200, 'json'>

export const searchHandler: RouteHandler<typeof searchMeasures, AppEnv> = (c): SearchResponse => {
  const { q } = c.req.valid('query')
  const language = c.get('language')
  const key = `${language}\u0000${q}`
  let entry = recent.get(key)
  if (!entry) {
    entry = older.get(key)
    if (!entry) {
      const body = searchBody(q, c.get('t'))
      // The language is part of the tag: two variants with equal bytes (no results) are still distinct representations.
      entry = { body, etag: `"${bytesHash(body, language)}"` }
    }
    if (recent.size >= GENERATION) {
      older = recent
      recent = new Map()
    }
    recent.set(key, entry)
  }
  const response = matchesIfNoneMatch(c.req.header('if-none-match'), entry.etag)
    ? new Response(null, { status: 304, headers: { etag: entry.etag, 'cache-control': CACHE_CONTROL } })
    : new Response(entry.body, { status: 200, headers: { etag: entry.etag, 'cache-control': CACHE_CONTROL, 'content-type': 'application/json; charset=utf-8' } })
  // The typed route sees the JSON body it declared (the 304 is the same resource, unchanged).
  return response as unknown as SearchResponse
}

/** Like the app's validation hook, with plain words for a missing, empty or too long `q`. */
export function queryValidationProblem(error: ZodError, c: Context<AppEnv>): ProblemError {
  const missing = c.req.query('q') === undefined
  const t = c.get('t')
  const errors = fieldErrors(error, t, ['query']).map((e): FieldError => {
    if (e.pointer !== '/query/q') return e
    if (e.code === 'too-big') return { pointer: e.pointer, code: 'query-too-long', detail: t('search.query-too-long', { maximum: SEARCH_QUERY_MAX_LENGTH }) }
    if (e.code === 'too-small' || missing) return { pointer: e.pointer, code: 'query-empty', detail: t('search.query-empty') }
    return e // e.g. q given twice
  })
  return new ProblemError('validation', { count: errors.length }, { errors })
}
