import { createRouter } from '../../app.ts'
import { eligibility as routes } from '../../generated/contracts.js'
import { jsonContentType, limitedBody } from './eligibility.body.ts'
import { check } from './eligibility.handlers.ts'

export default createRouter().openapi(routes.checkEligibility, check, { middleware: [jsonContentType, limitedBody] })
