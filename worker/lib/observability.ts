import type { Context, Next } from 'hono'
import { routePath } from 'hono/route'
import type { AppEnv } from './context.ts'

const INCOMING_ID = /^[\w.:-]{1,64}$/

/**
 * Gives each request an id (the caller's X-Request-Id if sane, else the Cloudflare ray id, else a
 * UUID), echoes it in the response, and writes one structured log line: method, route pattern,
 * status, duration and language. No IP, no query, no body: nothing personal.
 */
export async function observe(c: Context<AppEnv>, next: Next) {
  const started = Date.now()
  const incoming = c.req.header('x-request-id')
  const ray = c.req.header('cf-ray')
  const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : ray && INCOMING_ID.test(ray) ? ray : crypto.randomUUID()
  c.set('requestId', requestId)
  await next()
  c.res.headers.set('x-request-id', requestId)
  if (c.env?.REQUEST_LOG === 'off') return
  console.log(
    JSON.stringify({
      level: 'info',
      event: 'request',
      requestId,
      method: c.req.method,
      route: c.res.status === 404 ? null : routePath(c, -1),
      status: c.res.status,
      durationMs: Date.now() - started,
      language: c.get('language') ?? null,
    }),
  )
}
