import type { RouteHandler } from '@hono/zod-openapi'
import type { TypedResponse } from 'hono'
import { createRouter } from '../../app.ts'
import type { AppEnv } from '../../lib/context.ts'
import { eligibilityBody } from '../../views/eligibility.ts'
import type { EligibilityResponseDto } from '../../schemas.ts'
import { remember, resultResponse } from './eligibility.recent.ts'
import { checkEligibility } from './eligibility.routes.ts'

const check: RouteHandler<typeof checkEligibility, AppEnv> = (c) => {
  const { profile } = c.req.valid('json')
  // Bytes, not a string: the runtime would otherwise re-check and encode ≈ 12 KB on every response.
  const body = eligibilityBody(profile, c.get('t'))
  const text = c.get('bodyText')
  if (text !== undefined) remember(c.get('language'), text, body)
  // The body is assembled from kept JSON chunks; tests parse it with EligibilityResponseSchema.
  return resultResponse(body) as unknown as TypedResponse<EligibilityResponseDto, 200, 'json'>
}

export default createRouter().openapi(checkEligibility, check)
