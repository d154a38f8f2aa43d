import { createRoute, z } from '@hono/zod-openapi'
import { createRouter } from '../../app.ts'
import { LanguageQuery, problemResponse } from '../../schemas.ts'

const HealthSchema = z.object({ status: z.literal('ok'), version: z.string() }).openapi('Health')

const healthz = createRoute({
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

export default createRouter().openapi(healthz, (c) => {
  c.header('cache-control', 'no-store')
  return c.json({ status: 'ok' as const, version: c.env?.API_VERSION ?? 'dev' }, 200)
})
