import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/context.ts'
import { cachedJson } from '../../lib/cached.ts'
import { policyDto } from '../../views/content.ts'
import type { getPolicy } from './policy.routes.ts'

export const get: RouteHandler<typeof getPolicy, AppEnv> = (c) => cachedJson(c, 'policy', () => policyDto(c.get('t')))
