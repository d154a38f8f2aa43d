import { createRoute, z } from '@hono/zod-openapi'
import { cachingHeaders, LanguageQuery, notModified, problemResponse } from '../../schemas.ts'

/** Problem `type` URIs resolve here, so a client can look up what a problem means. */
const ProblemTypeSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/validation' }),
    status: z.number().int(),
    title: z.string(),
  })
  .openapi('ProblemType')

export const listProblemTypes = createRoute({
  method: 'get',
  path: '/problems',
  operationId: 'listProblemTypes',
  tags: ['Operations'],
  summary: 'Every problem type the API returns',
  description: 'The RFC 9457 problem types of this API, with their HTTP status and localized title.',
  request: { query: z.object({ lang: LanguageQuery }) },
  responses: {
    200: { description: 'The problem types.', headers: cachingHeaders, content: { 'application/json': { schema: z.object({ problems: z.array(ProblemTypeSchema) }) } } },
    304: notModified,
    400: problemResponse('Unsupported language.'),
  },
})

export const getProblemType = createRoute({
  method: 'get',
  path: '/problems/{type}',
  operationId: 'getProblemType',
  tags: ['Operations'],
  summary: 'What a problem type means',
  description: 'The document a problem `type` URI points to.',
  request: {
    params: z.object({ type: z.string().openapi({ param: { name: 'type', in: 'path' }, example: 'validation' }) }),
    query: z.object({ lang: LanguageQuery }),
  },
  responses: {
    200: { description: 'The problem type.', headers: cachingHeaders, content: { 'application/json': { schema: ProblemTypeSchema } } },
    304: notModified,
    400: problemResponse('Unsupported language.'),
    404: problemResponse('No such problem type.'),
  },
})
