/**
 * Every route contract of the worker, by the router that mounts it, in mount order (the order of
 * the OpenAPI document's paths). Read at build time only: the worker imports what
 * `npm run contract:build` makes of them (worker/generated/contracts.js), never zod.
 */
import type { RouteConfig } from '@hono/zod-openapi'
import * as eligibility from '../../worker/routes/eligibility/eligibility.routes.ts'
import * as options from '../../worker/routes/eligibility/options.routes.ts'
import * as glossary from '../../worker/routes/glossary/glossary.routes.ts'
import * as health from '../../worker/routes/health/health.routes.ts'
import * as measures from '../../worker/routes/measures/measures.routes.ts'
import * as policy from '../../worker/routes/policy/policy.routes.ts'
import * as problems from '../../worker/routes/problems/problems.routes.ts'
import * as search from '../../worker/routes/search/search.routes.ts'
import * as source from '../../worker/routes/source/source.routes.ts'

export interface RouteModule {
  /** The contracts file, relative to worker/routes/. */
  file: string
  routes: Record<string, RouteConfig>
}

export const routeModules: Record<string, RouteModule> = {
  measures: { file: 'measures/measures.routes.ts', routes: { listMeasures: measures.listMeasures, getMeasure: measures.getMeasure } },
  policy: { file: 'policy/policy.routes.ts', routes: { getPolicy: policy.getPolicy } },
  eligibility: { file: 'eligibility/eligibility.routes.ts', routes: { checkEligibility: eligibility.checkEligibility } },
  options: { file: 'eligibility/options.routes.ts', routes: { getOptions: options.getOptions } },
  health: { file: 'health/health.routes.ts', routes: { healthz: health.healthz } },
  problems: { file: 'problems/problems.routes.ts', routes: { listProblemTypes: problems.listProblemTypes, getProblemType: problems.getProblemType } },
  search: { file: 'search/search.routes.ts', routes: { searchMeasures: search.searchMeasures } },
  glossary: { file: 'glossary/glossary.routes.ts', routes: { getGlossary: glossary.getGlossary } },
  source: { file: 'source/source.routes.ts', routes: { getSource: source.getSource } },
}
