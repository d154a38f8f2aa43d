import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import app from '../../worker/index.ts'
import { createApp } from '../../worker/app.ts'
import { clientKey } from '../../worker/lib/rate-limit.ts'
import { call, post } from './helpers.ts'

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext
const withLimits = (path: string, init: RequestInit & { ip: string }) =>
  app.fetch(new Request(`http://api.test${path}`, { ...init, headers: { 'cf-connecting-ip': init.ip, ...(init.headers as Record<string, string>) } }), { ...env, RATE_LIMIT: 'on' }, ctx)

describe('rate limiting (Workers Rate Limiting binding)', () => {
  it('refuses the 61st eligibility POST a minute from one client with a localized 429 and Retry-After', async () => {
    const ip = '198.51.100.7'
    const body = JSON.stringify({ profile: {} })
    const statuses: number[] = []
    let last: Response | undefined
    for (let i = 0; i < 61; i++) {
      last = await withLimits('/v1/eligibility?lang=en', { ip, method: 'POST', headers: { 'content-type': 'application/json' }, body })
      statuses.push(last.status)
      if (i < 60) await last.arrayBuffer()
    }
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true)
    expect(statuses[60]).toBe(429)
    expect(last!.headers.get('retry-after')).toBe('60')
    expect(last!.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    const problem = (await last!.json()) as { type: string; title: string }
    expect(problem).toMatchObject({ type: '/problems/rate-limited', title: 'Too many requests' })
    // Another client is unaffected, and so are this client's cached GETs.
    expect((await withLimits('/v1/eligibility', { ip: '198.51.100.8', method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(200)
    expect((await withLimits('/v1/measures', { ip, method: 'GET' })).status).toBe(200)
  })

  it('counts an IPv6 client by its /64: 61 addresses of one /64 share one eligibility quota', async () => {
    const body = JSON.stringify({ profile: {} })
    const statuses: number[] = []
    for (let i = 1; i <= 61; i++) {
      const res = await withLimits('/v1/eligibility', { ip: `2001:db8:7:42::${i.toString(16)}`, method: 'POST', headers: { 'content-type': 'application/json' }, body })
      statuses.push(res.status)
      await res.arrayBuffer()
    }
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true)
    expect(statuses[60]).toBe(429)
    // The neighbouring /64 is another client.
    expect((await withLimits('/v1/eligibility', { ip: '2001:db8:7:43::1', method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(200)
  })

  it.each([
    ['198.51.100.7', '198.51.100.7'],
    ['2001:db8:7:42::1', '2001:db8:7:42::/64'],
    ['2001:0db8:0007:0042:ffff:0:0:1', '2001:db8:7:42::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
  ])('keys %s as %s', (ip, key) => {
    expect(clientKey(ip)).toBe(key)
  })

  it('counts requests refused for their language against the read limit, with the limit\'s own 429', async () => {
    const ip = '198.51.100.20'
    const statuses: number[] = []
    for (let i = 0; i < 601; i++) {
      const res = await withLimits('/v1/measures?lang=fr', { ip, method: 'GET' })
      statuses.push(res.status)
      await res.arrayBuffer()
    }
    expect(statuses.slice(0, 600).every((s) => s === 400)).toBe(true)
    expect(statuses[600]).toBe(429)
  })

  it('spends the eligibility quota only on POST /v1/eligibility, not on POSTs to other paths', async () => {
    const ip = '198.51.100.21'
    for (let i = 0; i < 70; i++) {
      const res = await withLimits('/v1/nowhere', { ip, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      expect(res.status).toBe(404)
      await res.arrayBuffer()
    }
    expect((await withLimits('/v1/eligibility', { ip, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"profile":{}}' })).status).toBe(200)
  })

  it('allows more GETs than POSTs', async () => {
    const ip = '198.51.100.9'
    for (let i = 0; i < 100; i++) {
      const res = await withLimits('/v1/measures/spring-shoots', { ip, method: 'GET' })
      expect(res.status).toBe(200)
      await res.arrayBuffer()
    }
  })

  it('is off when RATE_LIMIT=off', async () => {
    for (let i = 0; i < 70; i++) {
      const res = await post({ profile: {} })
      expect(res.status).toBe(200)
      await res.arrayBuffer()
    }
  })
})

describe('security headers', () => {
  it.each(['/v1/measures', '/v1/measures/nope', '/docs', '/docs/', '/app/', '/openapi.json', '/healthz'])('are on every response: %s', async (path) => {
    const res = await call(path)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
    expect(res.headers.get('set-cookie')).toBeNull()
  })
})

describe('methods', () => {
  it.each([
    ['DELETE', '/v1/measures', 'GET, HEAD'],
    ['POST', '/v1/measures/spring-shoots', 'GET, HEAD'],
    ['PUT', '/v1/policy', 'GET, HEAD'],
    ['GET', '/v1/eligibility', 'POST'],
    ['PATCH', '/v1/eligibility', 'POST'],
  ])('%s %s → 405 problem with Allow: %s', async (method, path, allow) => {
    const res = await call(`${path}?lang=en`, { method })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe(allow)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(((await res.json()) as { title: string }).title).toBe('Method not allowed')
  })

  it('answers HEAD like GET, without a body', async () => {
    const res = await call('/v1/measures?lang=en', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBeTruthy()
    expect(await res.text()).toBe('')
  })
})

describe('observability', () => {
  afterEach(() => vi.restoreAllMocks())

  it('echoes a request id in a header and in every problem', async () => {
    const ok = await call('/v1/policy')
    expect(ok.headers.get('x-request-id')).toMatch(/^[\w.:-]{8,}$/)
    const res = await call('/v1/measures/nope', { headers: { 'x-request-id': 'abc-123' } })
    expect(res.headers.get('x-request-id')).toBe('abc-123')
    expect(((await res.json()) as { requestId: string }).requestId).toBe('abc-123')
    const unsafe = await call('/healthz', { headers: { 'x-request-id': '<script>' } })
    expect(unsafe.headers.get('x-request-id')).not.toBe('<script>')
  })

  it('writes one structured log line per request, with no personal data', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    const res = await app.fetch(
      new Request('http://api.test/v1/measures/spring-shoots?lang=en', { headers: { 'cf-connecting-ip': '203.0.113.5' } }),
      { ...env, REQUEST_LOG: 'on' },
      ctx,
    )
    await res.arrayBuffer()
    expect(log).toHaveBeenCalledTimes(1)
    const line = JSON.parse(String(log.mock.calls[0]![0]))
    expect(line).toMatchObject({ level: 'info', event: 'request', method: 'GET', route: '/v1/measures/:id', status: 200, language: 'en' })
    expect(typeof line.durationMs).toBe('number')
    expect(JSON.stringify(line)).not.toContain('203.0.113.5')
  })

  it('turns an unexpected error into a 500 problem that exposes nothing internal', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const broken = createApp()
    broken.get('/boom', () => {
      throw new Error('secret detail at worker/views/content.ts:42')
    })
    const res = await broken.fetch(new Request('http://api.test/boom?lang=en'), env, ctx)
    expect(res.status).toBe(500)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    const text = await res.text()
    expect(JSON.parse(text)).toMatchObject({ type: '/problems/internal', title: 'Internal error' })
    expect(text).not.toContain('secret')
    expect(text).not.toMatch(/\.ts:\d+/)
  })
})
