import { createRoute, z } from '@hono/zod-openapi'
import { EligibilityRequestSchema, EligibilityResponseSchema, LanguageQuery, problemResponse } from '../../schemas.ts'

export const checkEligibility = createRoute({
  method: 'post',
  path: '/v1/eligibility',
  operationId: 'checkEligibility',
  tags: ['Eligibility'],
  summary: 'Check which measures a company qualifies for, and how much',
  description:
    'Evaluates a company profile against every measure whose conditions the source states, clause by clause. Every profile field is optional: a condition whose input is missing yields `needs-info`, never a guess. Amounts are in yuan, exact to the fen (rounded half away from zero).',
  request: {
    query: z.object({ lang: LanguageQuery }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: EligibilityRequestSchema,
          example: {
            profile: {
              operatesInYizhuangNewTown: true,
              certifiedTechSme: true,
              employees: 60,
              rent: { areaSqm: 800, yuanPerSqmPerDay: 1.8 },
            },
          },
        },
      },
    },
  },
  responses: {
    200: { description: 'One result per evaluated measure.', content: { 'application/json': { schema: EligibilityResponseSchema } } },
    400: problemResponse('Invalid JSON, unknown keys, wrong types or out-of-range values (each named by JSON pointer), or an unsupported language.'),
    413: problemResponse('The body exceeds 64 KiB.'),
    415: problemResponse('The body is not sent as application/json (UTF-8), or it carries a Content-Encoding.'),
  },
})
