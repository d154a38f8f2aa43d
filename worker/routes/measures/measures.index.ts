import { createRouter } from '../../app.ts'
import * as handlers from './measures.handlers.ts'
import * as routes from './measures.routes.ts'

export default createRouter().openapi(routes.listMeasures, handlers.list).openapi(routes.getMeasure, handlers.get)
