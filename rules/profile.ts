/**
 * A company profile as the rules read it. Every field is optional: a missing input makes the
 * conditions that need it `missing`, never a guess. `null` for a project or for `rent` means
 * "the company has none", which fails the conditions that need one.
 */
export const leadingIndustries = [
  'next-generation-it',
  'biomedicine-health',
  'robotics-intelligent-manufacturing',
  'intelligent-connected-vehicles',
] as const
export const openCompetitionIndustries = [...leadingIndustries, 'other'] as const

export const futureFields = [
  'commercial-aerospace',
  'quantum-communication',
  'embodied-intelligence',
  'brain-computer-interface',
  'autonomous-driving',
  '6g',
  'synthetic-biology',
] as const
export const futureIndustryFields = [...futureFields, 'other'] as const

export type OpenCompetitionIndustry = (typeof openCompetitionIndustries)[number]
export type FutureIndustryField = (typeof futureIndustryFields)[number]
export const majorProjectLevels = ['national', 'beijing'] as const
export type MajorProjectLevel = (typeof majorProjectLevels)[number]

export interface Profile {
  operatesInYizhuangNewTown?: boolean
  certifiedTechSme?: boolean
  employees?: number
  rent?: { areaSqm?: number; yuanPerSqmPerDay?: number } | null
  cabbageHeartProject?: { rdInvestmentYuan?: number; outstandingImpact?: boolean } | null
  majorProject?: { level?: MajorProjectLevel; fundingYuan?: number; alignedWithEtown?: boolean } | null
  certifiedIncubator?: boolean
  openCompetitionProject?: { industry?: OpenCompetitionIndustry; listQuotaYuan?: number } | null
  futureIndustryProject?: { field?: FutureIndustryField; shortlisted?: boolean } | null
}
