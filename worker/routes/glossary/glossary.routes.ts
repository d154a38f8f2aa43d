import { createRoute, z } from '@hono/zod-openapi'
import { cachingHeaders, GlossarySchema, LanguageQuery, notModified, problemResponse } from '../../schemas.ts'

export const getGlossary = createRoute({
  method: 'get',
  path: '/v1/glossary',
  operationId: 'getGlossary',
  tags: ['Glossary'],
  summary: 'The key terms of the policy',
  description:
    'The policy’s own vocabulary (白菜心, 春笋, 揭榜挂帅, 专精特新, 高精尖, 亦庄新城, 经开区, …): each term in the response language and in all five variants, the English term and whether it is official, a one-line gloss, and the measures it belongs to. The same glossary the translations follow.',
  request: { query: z.object({ lang: LanguageQuery }) },
  responses: {
    200: { description: 'The glossary.', headers: cachingHeaders, content: { 'application/json': { schema: GlossarySchema } } },
    304: notModified,
    400: problemResponse('Unsupported language.'),
  },
})
