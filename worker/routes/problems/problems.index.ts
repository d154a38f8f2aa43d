import { createRouter, lazy } from '../../lib/contract.ts'
import { problems as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.listProblemTypes, lazy(() => import('./problems.handlers.ts'), 'list')).openapi(routes.getProblemType, lazy(() => import('./problems.handlers.ts'), 'get'))
