import type { RouteHandler } from '@hono/zod-openapi'
import type { TypedResponse } from 'hono'
import { createRouter } from '../../app.ts'
import type { AppEnv } from '../../lib/context.ts'
import { eligibilityJson } from '../../views/eligibility.ts'
import type { EligibilityResponseDto } from '../../schemas.ts'
import { checkEligibility } from './eligibility.routes.ts'

const check: RouteHandler<typeof checkEligibility, AppEnv> = (c) => {
  const { profile } = c.req.valid('json')
  const body = eligibilityJson(profile, c.var.t)
  const res = new Response(body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } })
  // The body is assembled from cached JSON fragments; tests parse it with EligibilityResponseSchema.
  return res as unknown as TypedResponse<EligibilityResponseDto, 200, 'json'>
}

export default createRouter().openapi(checkEligibility, check)
