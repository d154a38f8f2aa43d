import { createRoute, z } from '@hono/zod-openapi'
import { LanguageQuery, problemResponse } from '../../schemas.ts'

const HealthSchema = z.object({ status: z.literal('ok'), version: z.string() }).openapi('Health')

export const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getHealth',
  tags: ['Operations'],
  summary: 'Liveness check',
  description: 'Answers 200 when the worker is serving.',
  request: { query: z.object({ lang: LanguageQuery }) },
  responses: {
    200: { description: 'Serving.', content: { 'application/json': { schema: HealthSchema } } },
    400: problemResponse('Unsupported language.'),
  },
})
