import { createRouter } from '../../app.ts'
import { check } from './eligibility.handlers.ts'
import { checkEligibility } from './eligibility.routes.ts'

export default createRouter().openapi(checkEligibility, check)
