import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/context.ts'
import { cachedJson } from '../../lib/cached.ts'
import { sourceDto } from '../../views/source.ts'
import type { getSource } from './source.routes.ts'

export const get: RouteHandler<typeof getSource, AppEnv> = (c) => cachedJson(c, 'source', () => sourceDto(c.get('t')))
