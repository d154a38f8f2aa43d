import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../../lib/context.ts'
import { ProblemError } from '../../lib/problem.ts'

// The route's middleware, mounted by eligibility.index.ts before its validators.

export const MAX_BODY_BYTES = 64 * 1024

const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i

/** Checked before anything reads the body: plain UTF-8 JSON, not compressed (RFC 9110 §15.5.16: 415). */
export const jsonContentType = createMiddleware<AppEnv>(async (c, next) => {
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
export const limitedBody = createMiddleware<AppEnv>(async (c, next) => {
  try {
    await limit(c, async () => {})
  } catch (error) {
    if (error instanceof ProblemError) throw error
    throw new ProblemError('invalid-json')
  }
  await next()
})
