import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/context.ts'
import { cachedJson } from '../../lib/cached.ts'
import { languages } from '../../lib/language.ts'
import { loadCatalog } from '../../lib/messages.ts'
import type { getGlossary } from './glossary.routes.ts'
import { glossaryDto } from './glossary.view.ts'

export const get: RouteHandler<typeof getGlossary, AppEnv> = async (c) => {
  await Promise.all(languages.map(loadCatalog)) // every term in all five variants
  return cachedJson(c, 'glossary', () => glossaryDto(c.get('t')))
}
