import { createRouter } from '../../app.ts'
import * as handlers from './glossary.handlers.ts'
import { glossary as routes } from '../../generated/contracts.js'

export default createRouter().openapi(routes.getGlossary, handlers.get)
