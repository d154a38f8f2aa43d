import type { Context, Next } from 'hono'
import type { AppEnv } from './context.ts'
import { ProblemError } from './problem.ts'

/** Both limiters count per 60-second window (wrangler.toml); a refused client waits for the next one. */
export const RATE_LIMIT_PERIOD_SECONDS = 60

/**
 * Who a limit counts: an IPv4 address, or an IPv6 address's /64 — a single subscriber usually
 * holds a whole /64, so counting addresses would give it unlimited fresh buckets.
 */
export function clientKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped) return mapped[1]!
  if (!ip.includes(':')) return ip
  const [head = '', tail] = ip.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
  return `${groups.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`
}

/**
 * Per-client limits with the Workers Rate Limiting binding, keyed by the client address that
 * Cloudflare reports. Only the eligibility check is computed per request, so only it spends the
 * stricter quota; every other request (unknown paths and refused languages included) counts
 * against the read limit. RATE_LIMIT=off turns it off; a missing binding or a limiter error lets
 * traffic through.
 */
export async function rateLimit(c: Context<AppEnv>, next: Next) {
  if (c.env?.RATE_LIMIT === 'off' || c.req.method === 'OPTIONS') return next()
  const eligibility = c.req.method === 'POST' && c.req.path === '/v1/eligibility'
  const limiter = eligibility ? c.env?.ELIGIBILITY_LIMITER : c.env?.READ_LIMITER
  if (!limiter) return next()
  const client = clientKey(c.req.header('cf-connecting-ip') ?? 'unknown-client')
  let success = true
  try {
    ;({ success } = await limiter.limit({ key: `${eligibility ? 'eligibility' : 'read'}:${client}` }))
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', event: 'rate-limiter-failed', message: error instanceof Error ? error.message : String(error) }))
  }
  if (!success) {
    throw new ProblemError('rate-limited', { seconds: RATE_LIMIT_PERIOD_SECONDS }, { headers: { 'retry-after': String(RATE_LIMIT_PERIOD_SECONDS) } })
  }
  return next()
}
