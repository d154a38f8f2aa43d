import type { Context, Next } from 'hono'
import type { AppEnv } from './context.ts'
import { ProblemError } from './problem.ts'

/** Both limiters count per 60-second window (wrangler.toml); a refused client waits for the next one. */
export const RATE_LIMIT_PERIOD_SECONDS = 60

/**
 * Per-client limits with the Workers Rate Limiting binding, keyed by the client IP that
 * Cloudflare reports. The eligibility POST (computed per request) has a stricter limiter than the
 * cached GETs. RATE_LIMIT=off turns it off; a missing binding or a limiter error lets traffic through.
 */
export async function rateLimit(c: Context<AppEnv>, next: Next) {
  if (c.env?.RATE_LIMIT === 'off' || c.req.method === 'OPTIONS') return next()
  const limiter = c.req.method === 'POST' ? c.env?.ELIGIBILITY_LIMITER : c.env?.READ_LIMITER
  if (!limiter) return next()
  const client = c.req.header('cf-connecting-ip') ?? 'unknown-client'
  let success = true
  try {
    ;({ success } = await limiter.limit({ key: `${c.req.method === 'POST' ? 'eligibility' : 'read'}:${client}` }))
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', event: 'rate-limiter-failed', message: error instanceof Error ? error.message : String(error) }))
  }
  if (!success) {
    throw new ProblemError('rate-limited', { seconds: RATE_LIMIT_PERIOD_SECONDS }, { headers: { 'retry-after': String(RATE_LIMIT_PERIOD_SECONDS) } })
  }
  return next()
}
