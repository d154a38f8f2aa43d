import type { Context, Next } from 'hono'
import { routePath } from 'hono/route'
import type { AppEnv } from './context.ts'

/**
 * One structured log line per request: id, method, route pattern, status, duration, language.
 * No IP, no query, no body: nothing personal. (Hono's logger prints the URL, query included.)
 */
export async function logRequest(c: Context<AppEnv>, next: Next) {
  const started = Date.now()
  await next()
  if (c.env?.REQUEST_LOG === 'off') return
  console.log(
    JSON.stringify({
      level: 'info',
      event: 'request',
      requestId: c.get('requestId'),
      method: c.req.method,
      route: c.res.status === 404 ? null : routePath(c, -1),
      status: c.res.status,
      durationMs: Date.now() - started,
      language: c.get('language') ?? null,
    }),
  )
}
