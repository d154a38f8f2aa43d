import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/context.ts'
import { cachedJson } from '../../lib/cached.ts'
import type { getGlossary } from './glossary.routes.ts'
import { glossaryDto } from './glossary.view.ts'

export const get: RouteHandler<typeof getGlossary, AppEnv> = (c) => cachedJson(c, 'glossary', () => glossaryDto(c.get('t')))
