import { createRoute, z } from '@hono/zod-openapi'
import { cachingHeaders, LanguageQuery, notModified, problemResponse } from '../../schemas.ts'

/** Problem `type` URIs resolve here, so a client can look up what a problem means. */
const ProblemTypeSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/validation' }),
    status: z.number().int(),
    title: z.string(),
    meaning: z.string().openapi({ description: 'What the problem means, in the response language.' }),
    fix: z.string().openapi({ description: 'What to change in the request to avoid it, in the response language.' }),
  })
  .openapi('ProblemType')

export const listProblemTypes = createRoute({
  method: 'get',
  path: '/problems',
  operationId: 'listProblemTypes',
  tags: ['Operations'],
  summary: 'Every problem type the API returns',
  description: 'The RFC 9457 problem types of this API, each with its HTTP status and, in the response language, its title, what it means and how to fix the request.',
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
  description: 'The document a problem `type` URI points to: its status and, in the response language, its title, what it means and how to fix the request.',
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
