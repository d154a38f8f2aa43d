import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../rules/eligibility.ts'
import { fenToYuan } from '../../rules/money.ts'
import { parameters } from '../../rules/parameters.ts'
import { profileArbitrary } from './arbitraries.ts'

const capFen = (yuan: number) => BigInt(Math.round(yuan * 100))
const caps = {
  'innovation-relay': capFen(parameters['innovation-relay.matching-cap'].value),
  'incubator-building': capFen(parameters['incubator-building.operating-support-cap'].value),
  'leading-industry-chains': capFen(parameters['leading-industry-chains.project-cap'].value),
  'future-industries-outlook': capFen(parameters['future-industries-outlook.project-cap'].value),
} as const

describe('properties of evaluate over random profiles', () => {
  it('never throws, and every status is consistent with its trace', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        for (const r of evaluate(profile)) {
          const failed = r.conditions.some((c) => c.outcome === 'failed')
          if (r.status === 'ineligible') expect(failed).toBe(true)
          if (r.status === 'eligible') {
            expect(failed).toBe(false)
            expect(r.missing).toEqual([])
            expect(r.amount).not.toBeNull()
          }
          if (r.status === 'needs-info') {
            expect(failed).toBe(false)
            // Either an input would decide it, or the source is silent on the value given.
            expect(r.missing.length > 0 || r.conditions.some((c) => c.outcome === 'unstated')).toBe(true)
            expect(r.amount).toBeNull()
          }
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('amounts are whole fen, never negative, and never above their caps', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        for (const r of evaluate(profile)) {
          if (!r.amount) continue
          expect(r.amount.maxFen >= 0n).toBe(true)
          expect(String(fenToYuan(r.amount.maxFen))).toMatch(/^\d+(\.\d{1,2})?$/)
          const cap = caps[r.measureId as keyof typeof caps]
          if (cap !== undefined) expect(r.amount.maxFen <= cap).toBe(true)
          if (r.measureId === 'industrial-foundation') {
            expect(r.amount.maxFen <= capFen(parameters['industrial-foundation.project-cap'].value)).toBe(true)
          }
          if (r.measureId === 'spring-shoots') {
            // 1.5 yuan × 2,000 m² × 365 days × 3 years is the most the rent subsidy can reach.
            expect(r.amount.maxFen <= 328_500_000n).toBe(true)
            expect(r.amount.maxFen).toBe(r.amount.perYearFen! * 3n)
          }
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('more rent or more area never lowers the subsidy', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 3000 }), (area, rateCents, employees) => {
        const at = (a: number, r: number) =>
          evaluate({ certifiedTechSme: true, employees, rent: { areaSqm: a, yuanPerSqmPerDay: r / 100 } }).find((x) => x.measureId === 'spring-shoots')!.amount?.maxFen ?? 0n
        expect(at(area + 1, rateCents) >= at(area, rateCents)).toBe(true)
        expect(at(area, rateCents + 1) >= at(area, rateCents)).toBe(true)
      }),
    )
  })
})
