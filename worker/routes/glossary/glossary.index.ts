import { createRouter, lazy } from '../../lib/contract.ts'
import { glossary as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.getGlossary, lazy(() => import('./glossary.handlers.ts'), 'get'))
