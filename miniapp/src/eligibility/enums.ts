/**
 * The choices the form offers, in display order: the rules' own lists (rules/profile.ts), bundled
 * as they are, so the form cannot drift from what the API accepts. Their labels come from the API
 * (GET /v1/eligibility/options), not from our catalogs.
 */
import type { MajorProjectLevel } from '../../../rules/profile.ts'

export { futureIndustryFields, openCompetitionIndustries } from '../../../rules/profile.ts'
export type { FutureIndustryField, MajorProjectLevel, OpenCompetitionIndustry } from '../../../rules/profile.ts'

// rules/profile.ts states the levels as a type only, so this one list is spelled out here; the
// check below fails to compile if the rules gain a level it lacks (`satisfies`: or one they lack).
export const majorProjectLevels = ['national', 'beijing'] as const satisfies readonly MajorProjectLevel[]

type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false
const _levels: Covers<MajorProjectLevel, (typeof majorProjectLevels)[number]> = true
void _levels
