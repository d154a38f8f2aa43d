import type { Context, TypedResponse } from 'hono'
import type { JSONParsed } from 'hono/utils/types'
import type { AppEnv } from './context.ts'
import { hash53, matchesIfNoneMatch } from './etag.ts'

/**
 * GET bodies depend only on (resource, language, content version), so each is serialized and
 * hashed once per isolate. The strong ETag is the hash of the exact bytes served.
 */
const bodies = new Map<string, { body: Uint8Array; etag: string }>()
const utf8 = new TextEncoder()

export const CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400'

export function cachedJson<T>(c: Context<AppEnv>, resource: string, build: () => T): TypedResponse<JSONParsed<T>, 200, 'json'> {
  const key = `${c.get('language')} ${resource}`
  let entry = bodies.get(key)
  if (!entry) {
    // Kept as UTF-8 bytes: encoding a large string on every request costs more than the route.
    const text = JSON.stringify(build())
    // The language is part of the tag: two variants with equal text are still distinct representations.
    entry = { body: utf8.encode(text), etag: `"${hash53(`${c.get('language')}\n${text}`)}"` }
    bodies.set(key, entry)
  }
  const headers = { etag: entry.etag, 'cache-control': CACHE_CONTROL }
  // A 304 carries the same validators and caching headers, and no body.
  const response = matchesIfNoneMatch(c.req.header('if-none-match'), entry.etag)
    ? new Response(null, { status: 304, headers })
    : new Response(entry.body, { status: 200, headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } })
  // The typed route sees the JSON body it declared (the 304 is the same resource, unchanged).
  return response as unknown as TypedResponse<JSONParsed<T>, 200, 'json'>
}
