import type { FutureIndustryField, MajorProjectLevel, OpenCompetitionIndustry } from '../../../rules/profile.ts'

/**
 * The choices the form offers, in display order. Values are typed against the rules' enums (the
 * app bundles no rules code); the checks below fail to compile if the rules gain a value.
 */
export const openCompetitionIndustries = [
  'next-generation-it',
  'biomedicine-health',
  'robotics-intelligent-manufacturing',
  'intelligent-connected-vehicles',
  'other',
] as const satisfies readonly OpenCompetitionIndustry[]

export const futureIndustryFields = [
  'commercial-aerospace',
  'quantum-communication',
  'embodied-intelligence',
  'brain-computer-interface',
  'autonomous-driving',
  '6g',
  'synthetic-biology',
  'other',
] as const satisfies readonly FutureIndustryField[]

export const majorProjectLevels = ['national', 'beijing'] as const satisfies readonly MajorProjectLevel[]

type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false
const _industries: Covers<OpenCompetitionIndustry, (typeof openCompetitionIndustries)[number]> = true
const _fields: Covers<FutureIndustryField, (typeof futureIndustryFields)[number]> = true
const _levels: Covers<MajorProjectLevel, (typeof majorProjectLevels)[number]> = true
void [_industries, _fields, _levels]
