import { createRouter, lazy } from '../../lib/contract.ts'
import { source as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.getSource, lazy(() => import('./source.handlers.ts'), 'get'))
