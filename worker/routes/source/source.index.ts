import { createRouter } from '../../app.ts'
import * as handlers from './source.handlers.ts'
import { source as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.getSource, handlers.get)
