import { createRouter } from '../../app.ts'
import * as handlers from './policy.handlers.ts'
import { policy as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.getPolicy, handlers.get)
