import { createRouter } from '../../app.ts'
import { search as routes } from '../../generated/contracts.js'
import * as handlers from './search.handlers.ts'

export default createRouter().openapi(routes.searchMeasures, handlers.searchHandler, { hook: handlers.queryProblem })
