import fc from 'fast-check'
import { futureIndustryFields, openCompetitionIndustries, type Profile } from '../../rules/profile.ts'

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const maybeOrNull = <T>(arb: fc.Arbitrary<T>) => fc.oneof(fc.constant(undefined), fc.constant(null), arb)
const amount = fc.oneof(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(0, 0.005, 30_000_000, 100_000_000, 200_000_000))

/** Valid profiles (every field optional, projects possibly null), with the boundary values the rules care about. */
export const profileArbitrary: fc.Arbitrary<Profile> = fc.record(
  {
    operatesInYizhuangNewTown: maybe(fc.boolean()),
    certifiedTechSme: maybe(fc.boolean()),
    employees: maybe(fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(99, 100, 101))),
    rent: maybeOrNull(fc.record({ areaSqm: maybe(fc.double({ min: 0, max: 1e6, noNaN: true })), yuanPerSqmPerDay: maybe(fc.double({ min: 0, max: 1000, noNaN: true })) }, { requiredKeys: [] })),
    cabbageHeartProject: maybeOrNull(fc.record({ rdInvestmentYuan: maybe(amount), outstandingImpact: maybe(fc.boolean()) }, { requiredKeys: [] })),
    majorProject: maybeOrNull(fc.record({ level: maybe(fc.constantFrom('national' as const, 'beijing' as const)), fundingYuan: maybe(amount), alignedWithEtown: maybe(fc.boolean()) }, { requiredKeys: [] })),
    certifiedIncubator: maybe(fc.boolean()),
    openCompetitionProject: maybeOrNull(fc.record({ industry: maybe(fc.constantFrom(...openCompetitionIndustries)), listQuotaYuan: maybe(amount) }, { requiredKeys: [] })),
    futureIndustryProject: maybeOrNull(fc.record({ field: maybe(fc.constantFrom(...futureIndustryFields)), shortlisted: maybe(fc.boolean()) }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
)

