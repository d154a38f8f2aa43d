import type { Router } from '../lib/contract.ts'
import { cachedJsonText } from '../lib/cached.ts'
import { text } from '../lib/data.ts'
import { languages } from '../lib/language.ts'

/** The contact link of the stored document, which the worker replaces with PUBLIC_BASE_URL's. */
export const CONTACT_URL = 'https://public-base-url.invalid/docs'

export function registerDocs(app: Router) {
  // Built from the route contracts by npm run contract:build and served as stored, but for the
  // contact link: it comes from configuration, never from the request's Host header.
  let stored: Promise<string> | undefined
  app.get('/openapi.json', async (c) => {
    const document = await (stored ??= text(import('../generated/openapi.json.bin')))
    const contact = JSON.stringify(`${c.env?.PUBLIC_BASE_URL ?? 'http://127.0.0.1:8787'}/docs`)
    return cachedJsonText(c, 'openapi', () => document.replace(JSON.stringify(CONTACT_URL), () => contact))
  })

  // The index lists what the app actually routes, so it cannot fall behind the code.
  let index: string | undefined
  app.get('/', (c) => {
    index ??= JSON.stringify({
      name: 'E-Town Sci-Tech Innovation 20 Measures 2.0 API',
      docs: '/docs',
      openapi: '/openapi.json',
      endpoints: [...new Set(app.routes.filter((r) => r.method !== 'ALL' && /^\/(v1|healthz|problems)/.test(r.path)).map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`))],
      languages,
    })
    c.header('content-type', 'application/json; charset=utf-8')
    c.header('cache-control', 'public, max-age=3600')
    return c.body(index)
  })
}
