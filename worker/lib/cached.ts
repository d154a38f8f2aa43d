import type { Context, TypedResponse } from 'hono'
import type { JSONParsed } from 'hono/utils/types'
import type { AppEnv } from './context.ts'
import { hash53, matchesIfNoneMatch } from './etag.ts'

export const CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400'

interface Representation {
  body: string | Uint8Array<ArrayBuffer>
  etag: string
}

function represent(c: Context<AppEnv>, text: string): Representation {
  // The language is part of the tag: two variants with equal text are still distinct representations.
  return { body: text, etag: `"${hash53(`${c.get('language')}\n${text}`)}"` }
}

/** A cacheable GET response: strong ETag, public Cache-Control, and 304 when If-None-Match matches. */
export function send(c: Context<AppEnv>, { body, etag }: Representation): Response {
  const headers = { etag, 'cache-control': CACHE_CONTROL }
  return matchesIfNoneMatch(c.req.header('if-none-match'), etag)
    ? c.body(null, 304, headers)
    : c.body(body, 200, { ...headers, 'content-type': 'application/json; charset=utf-8' })
}
// The one cast: the typed route sees the JSON body it declared (a 304 is the same resource, unchanged).
const respond = <T>(c: Context<AppEnv>, representation: Representation) => send(c, representation) as unknown as TypedResponse<JSONParsed<T>, 200, 'json'>

/** A body that depends on the request (a search): serialized and tagged each time. */
export const etagJson = <T>(c: Context<AppEnv>, dto: T) => respond<T>(c, represent(c, JSON.stringify(dto)))

/**
 * A body that depends only on (resource, language, deployed content): serialized and tagged once
 * per isolate and language. `cachedJsonText` takes the JSON text itself.
 */
const bodies = new Map<string, Representation>()
export function cachedJsonText<T>(c: Context<AppEnv>, resource: string, build: () => string) {
  const key = `${c.get('language')} ${resource}`
  let entry = bodies.get(key)
  if (!entry) bodies.set(key, (entry = represent(c, build())))
  return respond<T>(c, entry)
}
export const cachedJson = <T>(c: Context<AppEnv>, resource: string, build: () => T) => cachedJsonText<T>(c, resource, () => JSON.stringify(build()))
