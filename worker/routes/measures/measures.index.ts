import { createRouter, lazy } from '../../lib/contract.ts'
import { measures as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.listMeasures, lazy(() => import('./measures.handlers.ts'), 'list')).openapi(routes.getMeasure, lazy(() => import('./measures.handlers.ts'), 'get'))
