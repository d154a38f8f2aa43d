import { createRouter } from '../../app.ts'
import * as handlers from './search.handlers.ts'
import * as routes from './search.routes.ts'

export default createRouter().openapi(routes.searchMeasures, handlers.searchHandler, (result, c) => {
  if (!result.success) throw handlers.queryValidationProblem(result.error, c)
  return undefined
})
