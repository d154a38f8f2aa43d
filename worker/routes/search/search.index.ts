import { createRouter, lazy } from '../../lib/contract.ts'
import { search as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.searchMeasures, lazy(() => import('./search.handlers.ts'), 'searchHandler'), { hook: lazy(() => import('./search.handlers.ts'), 'queryProblem') })
