import { createRouter } from '../../app.ts'
import * as handlers from './problems.handlers.ts'
import * as routes from './problems.routes.ts'

export default createRouter().openapi(routes.listProblemTypes, handlers.list).openapi(routes.getProblemType, handlers.get)
