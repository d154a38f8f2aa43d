import { createRoute, z } from '@hono/zod-openapi'
import { createMiddleware } from 'hono/factory'
import { EligibilityRequestSchema, EligibilityResponseSchema, LanguageQuery, problemResponse } from '../../schemas.ts'
import type { AppEnv } from '../../lib/context.ts'
import { ProblemError } from '../../lib/problem.ts'
import { recall, resultResponse } from './eligibility.recent.ts'

export const MAX_BODY_BYTES = 64 * 1024

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

/** Reads at most `limit` bytes of the body, refusing more as soon as it arrives (chunked or not). */
async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get('content-length')
  if (declared !== null && Number(declared) > limit) throw new ProblemError('payload-too-large', { limit })
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new ProblemError('payload-too-large', { limit })
    }
    chunks.push(value)
  }
  if (chunks.length === 1) return utf8.decode(chunks[0])
  const all = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    all.set(chunk, offset)
    offset += chunk.byteLength
  }
  return utf8.decode(all)
}
const utf8 = new TextDecoder()

/**
 * Content-Type, size and JSON syntax are checked here, reading the body once; the validator then
 * gets the same text from Hono's body cache and only ever sees parsed JSON. A body checked
 * recently in the same language is answered from the recent results.
 */
const jsonBody = createMiddleware<AppEnv>(async (c, next) => {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) throw new ProblemError('unsupported-media-type')
  const text = await readLimited(c.req.raw, MAX_BODY_BYTES)
  const known = recall(c.get('language'), text)
  if (known) return resultResponse(known)
  try {
    JSON.parse(text)
  } catch {
    throw new ProblemError('invalid-json')
  }
  // Hono keeps promises in bodyCache (its type says string): c.req.json() then reuses this text.
  ;(c.req.bodyCache as Record<string, Promise<string>>).text = Promise.resolve(text)
  c.set('bodyText', text)
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
  middleware: [jsonBody] as const,
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
    400: problemResponse('Invalid JSON, wrong Content-Type, unknown keys, wrong types or out-of-range values (each named by JSON pointer), or an unsupported language.'),
    413: problemResponse('The body exceeds 64 KiB.'),
  },
})
