import { createRouter, lazy } from '../../lib/contract.ts'
import { health as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.healthz, lazy(() => import('./health.handlers.ts'), 'get'))
