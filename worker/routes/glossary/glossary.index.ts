import { createRouter } from '../../app.ts'
import * as handlers from './glossary.handlers.ts'
import * as routes from './glossary.routes.ts'

export default createRouter().openapi(routes.getGlossary, handlers.get)
