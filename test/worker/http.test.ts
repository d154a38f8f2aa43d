import { describe, expect, it } from 'vitest'
import { call, json } from './helpers.ts'

describe('language selection', () => {
  it.each([
    ['zh-CN', 'zh-Hans'], ['zh_CN', 'zh-Hans'], ['zh-SG', 'zh-Hans'], ['zh', 'zh-Hans'], ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant-TW'], ['zh_TW', 'zh-Hant-TW'], ['zh-Hant-TW', 'zh-Hant-TW'],
    ['zh-HK', 'zh-Hant-HK'], ['zh_HK', 'zh-Hant-HK'], ['zh-MO', 'zh-Hant-HK'],
    ['zh-Hant', 'zh-Hant'], ['en', 'en'], ['en-US', 'en'], ['en-GB,en;q=0.9', 'en'],
    ['fr-FR, en;q=0.5', 'en'], ['en;q=0.4, zh-TW;q=0.8', 'zh-Hant-TW'], ['fr', 'zh-Hans'], ['*', 'zh-Hans'], ['', 'zh-Hans'],
  ])('Accept-Language %j → %s, with Vary', async (header, expected) => {
    const res = await call('/v1/measures/spring-shoots', { headers: { 'accept-language': header } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-language')).toBe(expected)
    expect(res.headers.get('vary')).toContain('Accept-Language')
  })

  it('?lang= wins over Accept-Language and does not vary on it', async () => {
    const res = await call('/v1/measures/spring-shoots?lang=en', { headers: { 'accept-language': 'zh-TW' } })
    expect(res.headers.get('content-language')).toBe('en')
    expect(res.headers.get('vary')).toBeNull()
  })

  it.each(['fr', 'xx', 'zh-Hant-XX', ''])('an unsupported ?lang=%j is a 400 problem in the negotiated language', async (lang) => {
    const { res, body } = await json(`/v1/measures?lang=${lang}`, { headers: { 'accept-language': 'en' } })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(body).toMatchObject({ type: '/problems/unsupported-language', status: 400, title: 'Unsupported language' })
    expect(res.headers.get('content-language')).toBe('en')
  })

  it.each(['zh-CN', 'ZH-HANS', 'en-US', 'zh_TW'])('?lang=%s is read as an alias', async (lang) => {
    const res = await call(`/v1/policy?lang=${lang}`)
    expect(res.status).toBe(200)
  })
})

describe('caching', () => {
  it('sends a strong ETag and public Cache-Control, and no cookies', async () => {
    const res = await call('/v1/measures?lang=en')
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]+"$/)
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/)
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it.each(['/v1/measures?lang=en', '/v1/measures/spring-shoots?lang=zh-Hant', '/v1/policy?lang=en'])('answers a matching If-None-Match on %s with 304', async (path) => {
    const first = await call(path)
    const etag = first.headers.get('etag')!
    for (const condition of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await call(path, { headers: { 'if-none-match': condition } })
      expect(again.status).toBe(304)
      expect(again.headers.get('etag')).toBe(etag)
      expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'))
      expect(await again.text()).toBe('')
    }
    const stale = await call(path, { headers: { 'if-none-match': '"not-it"' } })
    expect(stale.status).toBe(200)
  })

  it('gives each language and each resource its own ETag', async () => {
    const tags = new Set<string>()
    for (const path of ['/v1/measures?lang=en', '/v1/measures?lang=zh-Hans', '/v1/measures?lang=zh-Hant', '/v1/measures?lang=zh-Hant-TW', '/v1/measures?lang=zh-Hant-HK', '/v1/measures?kind=plan&lang=en', '/v1/policy?lang=en']) {
      tags.add((await call(path)).headers.get('etag')!)
    }
    expect(tags.size).toBe(7)
  })

  it('gives two languages different ETags even where their text is identical', async () => {
    const a = await call('/v1/measures/spring-shoots?lang=zh-Hant')
    const b = await call('/v1/measures/spring-shoots?lang=zh-Hant-TW')
    expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'))
  })

  it('the same resource and language gives the same ETag whether chosen by ?lang or Accept-Language', async () => {
    const a = await call('/v1/measures/spring-shoots?lang=en')
    const b = await call('/v1/measures/spring-shoots', { headers: { 'accept-language': 'en-US' } })
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'))
  })
})

describe('OpenAPI', () => {
  it('is an OpenAPI 3.1 document with every endpoint and named schemas', async () => {
    const { res, body } = await json('/openapi.json')
    expect(res.status).toBe(200)
    expect(body.openapi).toBe('3.1.0')
    for (const path of ['/healthz', '/problems', '/problems/{type}', '/v1/eligibility', '/v1/measures', '/v1/measures/{id}', '/v1/policy', '/v1/source']) expect(body.paths).toHaveProperty([path])
    for (const name of ['Measure', 'Figure', 'Citation', 'Policy', 'Profile', 'EligibilityResult', 'Problem']) expect(body.components.schemas).toHaveProperty(name)
    for (const [, item] of Object.entries<Record<string, { operationId: string; responses: Record<string, unknown> }>>(body.paths)) {
      for (const op of Object.values(item)) {
        expect(op.operationId).toBeTruthy()
        expect(Object.keys(op.responses).some((s) => s.startsWith('4'))).toBe(true)
      }
    }
    expect(body.paths['/v1/eligibility'].post.responses).toHaveProperty('413')
    expect(body.paths['/v1/eligibility'].post.responses).toHaveProperty('415')
  })

  it('is cached like the other GETs, and takes its links from configuration, never from the Host header', async () => {
    const { res, body } = await json('/openapi.json', { headers: { host: 'evil.example' } })
    expect(JSON.stringify(body)).not.toContain('evil.example')
    expect(body.info.contact.url).toBe('http://127.0.0.1:8787/docs')
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/)
    const again = await call('/openapi.json', { headers: { 'if-none-match': res.headers.get('etag')! } })
    expect(again.status).toBe(304)
  })
})

describe('versioning', () => {
  it.each(['/v1/measures', '/v1/measures/nope', '/healthz', '/openapi.json'])('names the contract release on %s, readable cross-origin', async (path) => {
    const res = await call(path, { headers: { origin: 'https://example.org' } })
    expect(res.headers.get('api-version')).toMatch(/^\d+\.\d+\.\d+$/)
    expect(res.headers.get('access-control-expose-headers')).toContain('API-Version')
  })
})

describe('CORS', () => {
  it('lets any origin read GETs and preflight the eligibility POST, without credentials', async () => {
    const get = await call('/v1/measures', { headers: { origin: 'https://example.org' } })
    expect(get.headers.get('access-control-allow-origin')).toBe('*')
    expect(get.headers.get('access-control-allow-credentials')).toBeNull()
    const preflight = await call('/v1/eligibility', {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    expect(Number(preflight.headers.get('access-control-max-age'))).toBeGreaterThan(0)
  })
})

describe('problem types', () => {
  it('every problem type URI resolves to its description, in the request language', async () => {
    const { body } = await json('/problems?lang=en')
    expect(body.problems.length).toBeGreaterThanOrEqual(9)
    for (const p of body.problems) {
      expect(p.meaning.length, p.type).toBeGreaterThan(10)
      expect(p.fix.length, p.type).toBeGreaterThan(10)
      const { res, body: one } = await json(`${p.type}?lang=zh-Hant`)
      expect(res.status).toBe(200)
      expect(one.status).toBe(p.status)
      expect(one.title).not.toBe(p.title)
      expect(one.meaning).toMatch(/\p{Script=Han}/u)
      expect(one.fix).toMatch(/\p{Script=Han}/u)
    }
    const { body: validation } = await json('/problems/validation?lang=en')
    expect(validation.meaning).toContain('JSON pointer')
    expect(validation.fix).toContain('/openapi.json')
    expect((await call('/problems/nope')).status).toBe(404)
    expect((await call('/problems/__proto__')).status).toBe(404)
  })

  it('counts errors in proper English', async () => {
    const one = await (await call('/v1/eligibility?lang=en', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"profile":{"employees":-1}}' })).json() as { detail: string }
    expect(one.detail).toBe('The request has 1 error; see errors.')
    const two = await (await call('/v1/eligibility?lang=en', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"profile":{"employees":-1,"x":1}}' })).json() as { detail: string }
    expect(two.detail).toBe('The request has 2 errors; see errors.')
  })

  it('the type of a real problem resolves', async () => {
    const { body: problem } = await json('/v1/measures/nope?lang=en')
    const { res, body } = await json(problem.type)
    expect(res.status).toBe(200)
    expect(body.type).toBe(problem.type)
  })
})
