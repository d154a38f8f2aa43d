import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../lib/context.ts'
import { cachedJson } from '../lib/cached.ts'
import { languages } from '../lib/language.ts'

export function registerDocs(app: OpenAPIHono<AppEnv>) {
  // Built once per isolate (it does not depend on the request) and served like every other GET.
  app.get('/openapi.json', (c) => cachedJson(c, 'openapi', () => app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'E-Town Sci-Tech Innovation 20 Measures 2.0 API',
      version: '1.0.0',
      description: [
        'Serves every measure of Beijing Economic-Technological Development Area’s 「科创二十条2.0版」 policy (April 2025)',
        `in ${languages.join(', ')}, and evaluates a company profile against the measures whose conditions the source states.`,
        '',
        'Every figure carries a citation to the passage of the source article that states it; where the source is silent,',
        'the API says so. Language: `?lang=` wins, otherwise `Accept-Language` is negotiated; every response names its language',
        'in `Content-Language`. Errors are RFC 9457 `application/problem+json`.',
      ].join('\n'),
      // From configuration, never from the request's Host header.
      contact: { name: 'E-Town policy API maintainers', url: `${c.env?.PUBLIC_BASE_URL ?? 'http://127.0.0.1:8787'}/docs` },
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    },
    servers: [{ url: '/', description: 'The server that serves this document' }],
    tags: [
      { name: 'Policy', description: 'The policy as a whole.' },
      { name: 'Measures', description: 'Key actions and development plans.' },
      { name: 'Eligibility', description: 'What a company can get, and why.' },
      { name: 'Search', description: 'Find measures by words in any script, phrasing or English.' },
      { name: 'Glossary', description: 'The policy’s key terms in every language variant.' },
      { name: 'Operations', description: 'Service health.' },
    ],
    security: [],
  })))

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
