import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/context.ts'
import { eligibilityDto } from '../../views/eligibility.ts'
import type { checkEligibility } from './eligibility.routes.ts'

/** A result depends on the client's profile: never stored by caches. */
const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }

export const check: RouteHandler<typeof checkEligibility, AppEnv> = (c) => {
  const { profile } = c.req.valid('json')
  return c.json(eligibilityDto(profile, c.get('t')), 200, headers)
}
