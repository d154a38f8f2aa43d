import type { Context, Next } from 'hono'

/** The API only returns data: nothing on it should run scripts, be framed or leak a referrer. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"

export async function securityHeaders(c: Context, next: Next) {
  await next()
  const h = c.res.headers
  h.set('x-content-type-options', 'nosniff')
  h.set('referrer-policy', 'no-referrer')
  h.set('strict-transport-security', 'max-age=63072000; includeSubDomains')
  h.set('x-frame-options', 'DENY')
  h.set('cross-origin-resource-policy', 'cross-origin')
  // /docs sets its own, stricter-for-its-needs policy (scripts from 'self' only).
  if (!h.has('content-security-policy')) h.set('content-security-policy', API_CSP)
}
