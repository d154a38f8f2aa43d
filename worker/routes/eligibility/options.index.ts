import { createRouter, lazy } from '../../lib/contract.ts'
import { options as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.getOptions, lazy(() => import('./options.handlers.ts'), 'get'))
