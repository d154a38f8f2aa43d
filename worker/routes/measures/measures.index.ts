import { createRouter } from '../../app.ts'
import * as handlers from './measures.handlers.ts'
import { measures as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.listMeasures, handlers.list).openapi(routes.getMeasure, handlers.get)
