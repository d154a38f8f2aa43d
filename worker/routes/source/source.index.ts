import { createRouter } from '../../app.ts'
import * as handlers from './source.handlers.ts'
import * as routes from './source.routes.ts'

export default createRouter().openapi(routes.getSource, handlers.get)
