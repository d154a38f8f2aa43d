import type { RouteHandler } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { MessageKey } from '../../../i18n/zh-Hans.ts'
import { measures } from '../../../rules/measures.ts'
import { etagJson } from '../../lib/cached.ts'
import type { AppEnv } from '../../lib/context.ts'
import { ProblemError, type FieldError } from '../../lib/problem.ts'
import { SEARCH_QUERY_MAX_LENGTH } from '../../lib/limits.ts'
import { fieldErrors, type Issue } from '../../lib/validation.ts'
import type { SearchResponseDto } from '../../schemas.ts'
import { search, snippets } from '../../search/engine.ts'
import type { searchMeasures } from './search.routes.ts'

export const searchHandler: RouteHandler<typeof searchMeasures, AppEnv> = (c) => {
  const { q } = c.req.valid('query')
  const t = c.get('t')
  const outcome = search(q)
  const found = snippets(outcome, t.language)
  const results = outcome.hits.map((hit, i): SearchResponseDto['results'][number] => {
    const { id, kind } = measures[hit.doc]!
    const { field, text, highlights } = found[i]!
    return {
      measureId: id,
      kind,
      title: t(`measure.${id}.title` as MessageKey),
      name: t.maybe(`measure.${id}.name`) ?? null,
      score: Math.round(hit.score * 1000) / 1000,
      snippet: { field: field.kind === 'glossary-term' || field.kind === 'glossary-gloss' ? 'glossary' : field.kind, key: field.key, text, highlights },
    }
  })
  const dto: SearchResponseDto = {
    query: q,
    normalizedQuery: outcome.plan.normalized,
    queryLanguage: outcome.plan.script === 'zh' ? 'zh-Hans' : 'en',
    count: results.length,
    results,
  }
  return etagJson(c, dto)
}

/** Like the app's validation hook, with plain words for a missing, empty or too long `q`. */
export function queryProblem({ issues }: { issues: Issue[] }, c: Context<AppEnv>): ProblemError {
  const missing = c.req.query('q') === undefined
  const t = c.get('t')
  const errors = fieldErrors(issues, t, ['query']).map((e): FieldError => {
    if (e.pointer !== '/query/q') return e
    if (e.code === 'too-big') return { pointer: e.pointer, code: 'query-too-long', detail: t('search.query-too-long', { maximum: SEARCH_QUERY_MAX_LENGTH }) }
    if (e.code === 'too-small' || missing) return { pointer: e.pointer, code: 'query-empty', detail: t('search.query-empty') }
    return e // e.g. q given twice
  })
  return new ProblemError('validation', { count: errors.length }, { errors })
}
