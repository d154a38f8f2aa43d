import { createApp } from './app.ts'
import { registerDocs } from './docs/docs.ts'
import measures from './routes/measures/measures.index.ts'
import policy from './routes/policy/policy.index.ts'
import eligibility from './routes/eligibility/eligibility.index.ts'
import health from './routes/health/health.index.ts'
import problems from './routes/problems/problems.index.ts'

const app = createApp()
for (const router of [measures, policy, eligibility, health, problems]) app.route('/', router)
registerDocs(app)

export default app
