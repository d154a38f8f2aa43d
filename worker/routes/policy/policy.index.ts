import { createRouter } from '../../app.ts'
import * as handlers from './policy.handlers.ts'
import * as routes from './policy.routes.ts'

export default createRouter().openapi(routes.getPolicy, handlers.get)
