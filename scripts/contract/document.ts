import { languages } from '../../i18n/languages.ts'

/** The OpenAPI document's own fields; the paths and components come from the route contracts. */
export const documentConfig = (contactUrl: string) => ({
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
    contact: { name: 'E-Town policy API maintainers', url: contactUrl },
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
})
