import type { Router } from './lib/contract.ts'

/**
 * What each page of static files may load (Content-Security-Policy): files of this origin only,
 * no inline script, requests to this origin only. Each relaxation is one the page was seen to need
 * in Chromium (test/e2e/pages.ts fails on any violation).
 */
export const assetPolicies = {
  /**
   * The API reference: Swagger UI reads /openapi.json and "Try it out" calls the API here. Its
   * stylesheet draws its icons as data: SVGs; it sets styles through the DOM only, which CSP allows.
   */
  docs: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  /**
   * The H5 app: Taro's router and components add <style> elements at run time ('unsafe-inline'
   * styles; their text is Taro's, not data) and its components' icon font is a data: URL.
   */
  app: "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src data:; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
} as const

/**
 * /docs/ and /app/ are static files (Workers Static Assets, dist/assets/, built by
 * `npm run assets`). wrangler.toml sends every request to the worker first, so they pass through
 * the same middleware as the API (security headers, request log, rate limit) and get their own
 * CSP here, which secureHeaders keeps. A path with no file is the API's 404 problem.
 */
export function registerAssets(app: Router) {
  for (const [name, policy] of Object.entries(assetPolicies)) {
    app.get(`/${name}`, (c) => c.redirect(`/${name}/${new URL(c.req.url).search}`, 301))
    app.get(`/${name}/*`, async (c) => {
      // Absent when the worker runs without wrangler's assets (the in-process scripts).
      if (!c.env?.ASSETS) return c.notFound()
      const asset = await c.env.ASSETS.fetch(c.req.raw)
      if (asset.status === 404) return c.notFound()
      // The assets' own headers (type, ETag, caching) stay; fetched headers are immutable, hence the copy.
      const response = new Response(asset.body, asset)
      response.headers.set('content-security-policy', policy)
      return response
    })
  }
}
