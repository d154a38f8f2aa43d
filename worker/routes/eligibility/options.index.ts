import { createRouter } from '../../app.ts'
import * as handlers from './options.handlers.ts'
import * as routes from './options.routes.ts'

export default createRouter().openapi(routes.getOptions, handlers.get)
