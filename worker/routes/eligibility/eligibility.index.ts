import { createRouter, lazy } from '../../lib/contract.ts'
import { eligibility as routes } from '../../generated/contracts.js'
import { jsonContentType, limitedBody } from './eligibility.body.ts'

export default createRouter().openapi(routes.checkEligibility, lazy(() => import('./eligibility.handlers.ts'), 'check'), { middleware: [jsonContentType, limitedBody] })
