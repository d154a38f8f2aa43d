import { createRoute, z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { EligibilityRequestSchema, EligibilityResponseSchema, LanguageQuery, problemResponse } from '../../schemas.ts'
import type { AppEnv } from '../../lib/context.ts'
import { ProblemError } from '../../lib/problem.ts'

export const MAX_BODY_BYTES = 64 * 1024

const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i

/** Checked before anything reads the body: plain UTF-8 JSON, not compressed (RFC 9110 §15.5.16: 415). */
const jsonContentType = createMiddleware<AppEnv>(async (c, next) => {
  const encoding = c.req.header('content-encoding')?.trim().toLowerCase()
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '') || (encoding && encoding !== 'identity')) throw new ProblemError('unsupported-media-type')
  await next()
})

const limit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ProblemError('payload-too-large', { limit: MAX_BODY_BYTES })
  },
})

/**
 * At most 64 KiB: a declared Content-Length over it is refused unread, a streamed body as soon as
 * it passes it. bodyLimit reads a body without Content-Length itself, so an upload that breaks off
 * fails here; the validator's own read (malformed JSON, or a declared-length body that breaks off)
 * fails as a 400 in createApp().onError.
 */
const limitedBody = createMiddleware<AppEnv>(async (c, next) => {
  try {
    await limit(c, async () => {})
  } catch (error) {
    if (error instanceof ProblemError) throw error
    throw new ProblemError('invalid-json')
  }
  await next()
})

export const checkEligibility = createRoute({
  method: 'post',
  path: '/v1/eligibility',
  operationId: 'checkEligibility',
  tags: ['Eligibility'],
  summary: 'Check which measures a company qualifies for, and how much',
  description:
    'Evaluates a company profile against every measure whose conditions the source states, clause by clause. Every profile field is optional: a condition whose input is missing yields `needs-info`, never a guess. Amounts are in yuan, exact to the fen (rounded half away from zero).',
  middleware: [jsonContentType, limitedBody] as const,
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
