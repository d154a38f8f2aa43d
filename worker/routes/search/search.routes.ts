import { createRoute } from '@hono/zod-openapi'
import { cachingHeaders, notModified, problemResponse, SearchQuery, SearchResponseSchema } from '../../schemas.ts'

export const searchMeasures = createRoute({
  method: 'get',
  path: '/v1/search',
  operationId: 'searchMeasures',
  tags: ['Search'],
  summary: 'Search the measures',
  description: [
    'Finds the measures a query is about, most relevant first, each with its title in the response language and a snippet with the match marked by offsets.',
    'Chinese queries may use Simplified or Traditional characters and mainland, Taiwan or Hong Kong wording (房租补贴, 房租補貼, 智慧製造, 商業航太): they are converted to mainland Simplified with OpenCC before matching.',
    'English queries are stemmed and know the glossary’s synonyms ("rent subsidy", "incubator", "cabbage heart", "open bidding", "proof of concept").',
    'Title and name matches rank above matches in the body; a query that matches nothing gives an empty list.',
  ].join(' '),
  request: { query: SearchQuery },
  responses: {
    200: { description: 'The matching measures.', headers: cachingHeaders, content: { 'application/json': { schema: SearchResponseSchema } } },
    304: notModified,
    400: problemResponse('Empty or too long query, or unsupported language.'),
  },
})
