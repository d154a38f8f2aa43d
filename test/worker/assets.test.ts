import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import app from '../../worker/index.ts'
import { assetPolicies } from '../../worker/assets.ts'
import { call, json } from './helpers.ts'

// The files come from dist/assets (wrangler.toml [assets]), which vitest.config.ts has built.

/** Every header the API's own responses carry, on a static file too. */
function expectSecurityHeaders(res: Response) {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
  expect(res.headers.get('x-frame-options')).toBe('DENY')
  expect(res.headers.get('set-cookie')).toBeNull()
}

/** Anything a page would load from another origin: a script, a stylesheet, an icon, a font. */
const thirdParty = /(src|href)="(https?:)?\/\//

describe('the API reference at /docs/', () => {
  it('is a page of our own that starts Swagger UI from files of this origin', async () => {
    const res = await call('/docs/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(assetPolicies.docs)
    expectSecurityHeaders(res)
    const html = await res.text()
    expect(html).toContain('<script src="/docs/swagger-ui-bundle.js"></script>')
    expect(html).toContain('<script src="/docs/init.js"></script>')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/) // no inline script
    expect(html).not.toMatch(thirdParty)
  })

  it('reads /openapi.json and sends nothing to the validator', async () => {
    const res = await call('/docs/init.js')
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const script = await res.text()
    expect(script).toContain("url: '/openapi.json'")
    expect(script).toContain("validatorUrl: 'none'")
  })

  it.each([
    ['/docs/swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
    ['/docs/swagger-ui.css', 'text/css; charset=utf-8'],
    ['/docs/favicon-32x32.png', 'image/png'],
  ])('serves %s as %s, with the page policy and the security headers', async (path, type) => {
    const res = await call(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(type)
    expect(res.headers.get('content-security-policy')).toBe(assetPolicies.docs)
    expectSecurityHeaders(res)
    await res.arrayBuffer()
  })

  it('loads no third-party stylesheet, font or image', async () => {
    const css = await (await call('/docs/swagger-ui.css')).text()
    expect(css).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//)
  })
})

describe('the H5 app at /app/', () => {
  it('is the Taro build for /app/, with no inline script and nothing from another origin', async () => {
    const res = await call('/app/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(assetPolicies.app)
    expectSecurityHeaders(res)
    const html = await res.text()
    expect(html).toContain('<div id="app"></div>')
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!)
    expect(scripts.length).toBeGreaterThan(0)
    for (const src of scripts) expect(src).toMatch(/^\/app\/js\//)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/)
    expect(html).not.toMatch(thirdParty)
    // Its scripts are there and typed as such.
    const script = await call(scripts[0]!)
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('content-security-policy')).toBe(assetPolicies.app)
    await script.arrayBuffer()
  })

  it('is a production build that calls the API on its own origin', async () => {
    const html = await (await call('/app/')).text()
    const app = [...html.matchAll(/src="(\/app\/js\/app\.[^"]+)"/g)].map((m) => m[1]!)[0]!
    const code = await (await call(app)).text()
    expect(code).not.toContain('127.0.0.1:8787')
    expect(code).not.toContain('$RefreshReg$') // React Refresh: a development build, broken in the browser
  })
})

describe('static files and the rest of the worker', () => {
  it.each([
    ['/docs', '/docs/'],
    ['/app', '/app/'],
    ['/app?lang=en', '/app/?lang=en'],
  ])('%s redirects to %s', async (path, location) => {
    const res = await call(path, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe(location)
    expectSecurityHeaders(res)
  })

  it('answers a conditional GET of a file with 304', async () => {
    const first = await call('/docs/init.js')
    await first.arrayBuffer()
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const again = await call('/docs/init.js', { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
  })

  it.each(['/docs/nope.js', '/app/js/nope.js', '/app/%2e%2e/wrangler.toml'])('answers %s, a file that is not there, with the API\'s 404 problem', async (path) => {
    const { res, body } = await json(path, { headers: { 'accept-language': 'en' } })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect(body).toMatchObject({ type: '/problems/not-found', status: 404, title: 'Not found' })
  })

  it('refuses other methods on files with 405', async () => {
    const res = await call('/docs/', { method: 'POST' })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD')
  })

  it('answers /docs/ with a 404 problem when the worker runs without its files (in-process scripts)', async () => {
    const res = await app.request('/docs/', {}, { ...env, ASSETS: undefined })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
  })

  it.each(['/', '/openapi.json', '/v1/policy', '/healthz'])('keeps %s in the worker, under the API policy', async (path) => {
    const res = await call(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'")
    await res.arrayBuffer()
  })
})
