import { createRouter } from '../../app.ts'
import * as handlers from './problems.handlers.ts'
import { problems as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.listProblemTypes, handlers.list).openapi(routes.getProblemType, handlers.get)
