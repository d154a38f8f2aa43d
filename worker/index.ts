import { createApp } from './app.ts'
import { registerAssets } from './assets.ts'
import { registerDocs } from './docs/docs.ts'
import measures from './routes/measures/measures.index.ts'
import policy from './routes/policy/policy.index.ts'
import eligibility from './routes/eligibility/eligibility.index.ts'
import eligibilityOptions from './routes/eligibility/options.index.ts'
import health from './routes/health/health.index.ts'
import problems from './routes/problems/problems.index.ts'
import search from './routes/search/search.index.ts'
import glossary from './routes/glossary/glossary.index.ts'
import source from './routes/source/source.index.ts'

const app = createApp()
for (const router of [measures, policy, eligibility, eligibilityOptions, health, problems, search, glossary, source]) app.route('/', router)
registerDocs(app)
registerAssets(app)

export default app
