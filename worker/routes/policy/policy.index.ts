import { createRouter, lazy } from '../../lib/contract.ts'
import { policy as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.getPolicy, lazy(() => import('./policy.handlers.ts'), 'get'))
