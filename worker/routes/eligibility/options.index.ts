import { createRouter } from '../../app.ts'
import * as handlers from './options.handlers.ts'
import { options as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.getOptions, handlers.get)
