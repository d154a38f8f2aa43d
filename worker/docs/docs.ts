import type { Router } from '../app.ts'
import { cachedJson } from '../lib/cached.ts'
import document from '../generated/openapi.json'
import { languages } from '../lib/language.ts'

export function registerDocs(app: Router) {
  // Built from the route contracts by npm run contract:build. The contact link comes from
  // configuration, never from the request's Host header.
  app.get('/openapi.json', (c) => {
    const contact = { ...document.info.contact, url: `${c.env?.PUBLIC_BASE_URL ?? 'http://127.0.0.1:8787'}/docs` }
    return cachedJson(c, 'openapi', () => ({ ...document, info: { ...document.info, contact } }))
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
