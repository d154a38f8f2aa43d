import { describe, expect, it } from 'vitest'
import { measureIds } from '../../rules/measures.ts'
import { problemTypes, problemTypeUri, type ProblemType } from '../../worker/lib/problem.ts'
import { call, languages } from './helpers.ts'

// worker/lib/prebuilt.ts answers these from the build; with any other query parameter the routes
// render them. Both must give the same bytes and ETag, so stale files fail here (npm run static:build).
const paths = ['/v1/measures', ...measureIds.map((id) => `/v1/measures/${id}`), '/v1/policy', '/v1/glossary', '/v1/source', '/v1/eligibility/options', '/problems', ...(Object.keys(problemTypes) as ProblemType[]).map(problemTypeUri)]

describe('responses rendered at build time', () => {
  it.each(languages)('equal what the routes render now (%s)', async (language) => {
    for (const path of paths) {
      const [stored, rendered] = await Promise.all([call(`${path}?lang=${language}`), call(`${path}?lang=${language}&render=1`)])
      expect([path, stored.status, stored.headers.get('etag')]).toEqual([path, 200, rendered.headers.get('etag')])
      expect(await stored.text()).toBe(await rendered.text())
    }
  })

  it('are negotiated like the rest: Accept-Language picks the body, Vary says so, If-None-Match gets a 304', async () => {
    const hk = await call('/v1/policy', { headers: { 'accept-language': 'zh-HK' } })
    expect(hk.headers.get('content-language')).toBe('zh-Hant-HK')
    expect(hk.headers.get('vary')).toContain('Accept-Language')
    expect(await hk.text()).toBe(await (await call('/v1/policy?lang=zh-Hant-HK')).text())
    const again = await call('/v1/policy', { headers: { 'accept-language': 'zh-HK', 'if-none-match': hk.headers.get('etag')! } })
    expect(again.status).toBe(304)
  })

  it('leave filters, unknown paths and other methods to the routes', async () => {
    const actions = (await (await call('/v1/measures?kind=action&lang=en')).json()) as { measures: { kind: string }[] }
    expect(actions.measures.length).toBeGreaterThan(0)
    expect(actions.measures.every((m) => m.kind === 'action')).toBe(true)
    expect((await call('/v1/measures/nope?lang=en')).status).toBe(404)
    expect((await call('/v1/measures?lang=en&lang=zh-Hans')).status).toBe(400)
    const head = await call('/v1/policy?lang=en', { method: 'HEAD' })
    expect([head.status, head.headers.get('etag')]).toEqual([200, (await call('/v1/policy?lang=en')).headers.get('etag')])
  })
})
