import { createRoute, z } from '@hono/zod-openapi'
import { cachingHeaders, LanguageQuery, notModified, problemResponse, SourceTextSchema } from '../../schemas.ts'

export const getSource = createRoute({
  method: 'get',
  path: '/v1/source',
  operationId: 'getSource',
  tags: ['Policy'],
  summary: 'The release the service is built on, entry by entry',
  description:
    'The Beijing government portal’s news release of 2025-04-17 (the primary source of every figure and condition): its title and every heading and paragraph of its body, each with a stable id, its line in the stored file, and the measures and figures it states. ' +
    'Chinese variants serve the release’s own words — zh-Hant-TW the portal’s Traditional page verbatim, zh-Hans the Simplified original reconstructed from it, zh-Hant and zh-Hant-HK that text converted with OpenCC — and en an unofficial translation by this service (marked as such, with the Simplified original beside each entry). ' +
    'Every citation of the article elsewhere in the API names its entry (`entry`) and quotes it exactly as the entry’s text gives it. Served verbatim and attributed, with links to the portal’s Simplified and Traditional pages.',
  request: { query: z.object({ lang: LanguageQuery }) },
  responses: {
    200: { description: 'The release.', headers: cachingHeaders, content: { 'application/json': { schema: SourceTextSchema } } },
    304: notModified,
    400: problemResponse('Unsupported language.'),
  },
})
