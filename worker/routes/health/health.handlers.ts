import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/context.ts'
import type { healthz } from './health.routes.ts'

export const get: RouteHandler<typeof healthz, AppEnv> = (c) => {
  c.header('cache-control', 'no-store')
  return c.json({ status: 'ok' as const, version: c.env?.API_VERSION ?? 'dev' }, 200)
}
