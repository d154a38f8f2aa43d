/**
 * The choices the form offers, in display order: the rules' own lists (rules/profile.ts), bundled
 * as they are, so the form cannot drift from what the API accepts. Their labels come from the API
 * (GET /v1/eligibility/options), not from our catalogs.
 */
export { futureIndustryFields, majorProjectLevels, openCompetitionIndustries } from '../../../rules/profile.ts'
export type { FutureIndustryField, MajorProjectLevel, OpenCompetitionIndustry } from '../../../rules/profile.ts'
