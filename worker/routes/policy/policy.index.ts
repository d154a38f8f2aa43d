import type { RouteHandler } from '@hono/zod-openapi'
import { createRouter } from '../../app.ts'
import type { AppEnv } from '../../lib/context.ts'
import { cachedJson } from '../../lib/cached.ts'
import { policyDto } from '../../views/content.ts'
import { getPolicy } from './policy.routes.ts'

const get: RouteHandler<typeof getPolicy, AppEnv> = (c) => cachedJson(c, 'policy', () => policyDto(c.get('t')))

export default createRouter().openapi(getPolicy, get)
