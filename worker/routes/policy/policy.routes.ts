import { createRoute, z } from '@hono/zod-openapi'
import { cachingHeaders, LanguageQuery, notModified, PolicySchema, problemResponse } from '../../schemas.ts'

export const getPolicy = createRoute({
  method: 'get',
  path: '/v1/policy',
  operationId: 'getPolicy',
  tags: ['Policy'],
  summary: 'The policy at a glance',
  description: 'Title, issuer, dates, 2027 targets, the three action groups (with the actions the source does not name), the six plans and the sources.',
  request: { query: z.object({ lang: LanguageQuery }) },
  responses: {
    200: { description: 'The policy.', headers: cachingHeaders, content: { 'application/json': { schema: PolicySchema } } },
    304: notModified,
    400: problemResponse('Unsupported language.'),
  },
})
