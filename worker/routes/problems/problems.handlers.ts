import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/context.ts'
import { cachedJson } from '../../lib/cached.ts'
import { ProblemError, problemTypes, problemTypeUri, type ProblemType } from '../../lib/problem.ts'
import type { getProblemType, listProblemTypes } from './problems.routes.ts'

const describe = (type: ProblemType, t: AppEnv['Variables']['t']) => ({
  type: problemTypeUri(type),
  status: problemTypes[type],
  title: t(`problem.${type}.title`),
  meaning: t(`problem.${type}.meaning`),
  fix: t(`problem.${type}.fix`),
})

export const list: RouteHandler<typeof listProblemTypes, AppEnv> = (c) =>
  cachedJson(c, 'problems', () => ({ problems: (Object.keys(problemTypes) as ProblemType[]).map((type) => describe(type, c.get('t'))) }))

export const get: RouteHandler<typeof getProblemType, AppEnv> = (c) => {
  const { type } = c.req.valid('param')
  if (!Object.hasOwn(problemTypes, type)) throw new ProblemError('not-found', { path: `/problems/${type.slice(0, 100)}` })
  return cachedJson(c, `problems/${type}`, () => describe(type as ProblemType, c.get('t')))
}
