import type { RouteHandler } from '@hono/zod-openapi'
import { createRouter } from '../../app.ts'
import type { AppEnv } from '../../lib/context.ts'
import { eligibilityDto } from '../../views/eligibility.ts'
import { checkEligibility } from './eligibility.routes.ts'

const check: RouteHandler<typeof checkEligibility, AppEnv> = (c) => {
  const { profile } = c.req.valid('json')
  c.header('cache-control', 'no-store')
  return c.json(eligibilityDto(profile, c.var.t), 200)
}

export default createRouter().openapi(checkEligibility, check)
