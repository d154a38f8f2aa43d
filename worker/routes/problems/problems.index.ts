import { createRoute, z, type RouteHandler } from '@hono/zod-openapi'
import { createRouter } from '../../app.ts'
import type { AppEnv } from '../../lib/context.ts'
import { cachedJson } from '../../lib/cached.ts'
import { ProblemError, problemTypes, problemTypeUri, type ProblemType } from '../../lib/problem.ts'
import { LanguageQuery, problemResponse } from '../../schemas.ts'

/** Problem `type` URIs resolve here, so a client can look up what a problem means. */
const ProblemTypeSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/validation' }),
    status: z.number().int(),
    title: z.string(),
  })
  .openapi('ProblemType')

const listProblemTypes = createRoute({
  method: 'get',
  path: '/problems',
  operationId: 'listProblemTypes',
  tags: ['Operations'],
  summary: 'Every problem type the API returns',
  description: 'The RFC 9457 problem types of this API, with their HTTP status and localized title.',
  request: { query: z.object({ lang: LanguageQuery }) },
  responses: {
    200: { description: 'The problem types.', content: { 'application/json': { schema: z.object({ problems: z.array(ProblemTypeSchema) }) } } },
    400: problemResponse('Unsupported language.'),
  },
})

const getProblemType = createRoute({
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
    200: { description: 'The problem type.', content: { 'application/json': { schema: ProblemTypeSchema } } },
    400: problemResponse('Unsupported language.'),
    404: problemResponse('No such problem type.'),
  },
})

const describe = (type: ProblemType, t: AppEnv['Variables']['t']) => ({ type: problemTypeUri(type), status: problemTypes[type], title: t(`problem.${type}.title`) })

const list: RouteHandler<typeof listProblemTypes, AppEnv> = (c) =>
  cachedJson(c, 'problems', () => ({ problems: (Object.keys(problemTypes) as ProblemType[]).map((type) => describe(type, c.get('t'))) }))

const get: RouteHandler<typeof getProblemType, AppEnv> = (c) => {
  const { type } = c.req.valid('param')
  if (!Object.hasOwn(problemTypes, type)) throw new ProblemError('not-found', { path: `/problems/${type.slice(0, 100)}` })
  return cachedJson(c, `problems/${type}`, () => describe(type as ProblemType, c.get('t')))
}

export default createRouter().openapi(listProblemTypes, list).openapi(getProblemType, get)
