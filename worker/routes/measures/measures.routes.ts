import { createRoute, z } from '@hono/zod-openapi'
import { cachingHeaders, LanguageQuery, MeasureIdSchema, MeasureListSchema, MeasureSchema, MeasuresQuery, notModified, problemResponse } from '../../schemas.ts'


export const listMeasures = createRoute({
  method: 'get',
  path: '/v1/measures',
  operationId: 'listMeasures',
  tags: ['Measures'],
  summary: 'List every measure of the policy',
  description: 'All 9 named key actions and 6 development plans, in the requested language, optionally filtered by kind and group.',
  request: { query: MeasuresQuery },
  responses: {
    200: { description: 'The measures.', headers: cachingHeaders, content: { 'application/json': { schema: MeasureListSchema } } },
    304: notModified,
    400: problemResponse('Unsupported language or invalid filter.'),
  },
})

export const getMeasure = createRoute({
  method: 'get',
  path: '/v1/measures/{id}',
  operationId: 'getMeasure',
  tags: ['Measures'],
  summary: 'Get one measure',
  description: 'One measure by its stable id, with every figure, condition and citation the source states.',
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'spring-shoots', description: 'A measure id (see MeasureId).' }) }),
    query: z.object({ lang: LanguageQuery }),
  },
  responses: {
    200: { description: 'The measure.', headers: cachingHeaders, content: { 'application/json': { schema: MeasureSchema } } },
    304: notModified,
    400: problemResponse('Unsupported language.'),
    404: problemResponse('No measure has this id.'),
  },
})

export { MeasureIdSchema }
