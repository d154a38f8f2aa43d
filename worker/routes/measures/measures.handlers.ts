import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/context.ts'
import { cachedJson } from '../../lib/cached.ts'
import { ProblemError } from '../../lib/problem.ts'
import { measureById, type MeasureId } from '../../../rules/measures.ts'
import { measureDto, measureListDto } from '../../views/content.ts'
import type { getMeasure, listMeasures } from './measures.routes.ts'

export const list: RouteHandler<typeof listMeasures, AppEnv> = (c) => {
  const { kind, group } = c.req.valid('query')
  return cachedJson(c, `measures?kind=${kind ?? ''}&group=${group ?? ''}`, () => measureListDto(c.get('t'), { kind, group }))
}

export const get: RouteHandler<typeof getMeasure, AppEnv> = (c) => {
  const { id } = c.req.valid('param')
  const measure = measureById.get(id as MeasureId)
  if (!measure) throw new ProblemError('measure-not-found', { id: id.length > 100 ? `${id.slice(0, 100)}…` : id })
  return cachedJson(c, `measures/${measure.id}`, () => measureDto(measure, c.get('t')))
}
