import { createRouter } from '../../app.ts'
import * as handlers from './health.handlers.ts'
import { health as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.healthz, handlers.get)
