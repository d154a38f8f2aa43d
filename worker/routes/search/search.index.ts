import { createRouter } from '../../app.ts'
import * as handlers from './search.handlers.ts'
import * as routes from './search.routes.ts'

export default createRouter().openapi(routes.searchMeasures, handlers.searchHandler, handlers.queryHook)
