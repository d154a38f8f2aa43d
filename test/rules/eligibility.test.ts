import { describe, expect, it } from 'vitest'
import { evaluate, evaluators, type MeasureEvaluation } from '../../rules/eligibility.ts'
import { fenToYuan } from '../../rules/money.ts'
import type { Profile } from '../../rules/profile.ts'

type Expected = { status: MeasureEvaluation['status']; maxYuan?: number; perYearYuan?: number; missing?: string[] }

function check(measure: keyof typeof evaluators, profile: Profile, expected: Expected) {
  const result = evaluators[measure](profile)
  expect(result.status).toBe(expected.status)
  if (expected.status === 'eligible') {
    expect(result.amount).not.toBeNull()
    if (expected.maxYuan !== undefined) expect(fenToYuan(result.amount!.maxFen)).toBe(expected.maxYuan)
    if (expected.perYearYuan !== undefined) expect(fenToYuan(result.amount!.perYearFen!)).toBe(expected.perYearYuan)
  } else {
    expect(result.amount).toBeNull()
  }
  if (expected.missing) expect(result.missing).toEqual(expected.missing)
  if (expected.status === 'ineligible') {
    expect(result.missing).toEqual([])
    expect(result.conditions.some((c) => c.outcome === 'failed')).toBe(true)
  }
  return result
}

const sme = (employees: number | undefined, areaSqm: number, yuanPerSqmPerDay: number): Profile => ({
  certifiedTechSme: true,
  employees,
  rent: { areaSqm, yuanPerSqmPerDay },
})

describe('spring-shoots: rent subsidy (春笋)', () => {
  const cases: [string, Profile, Expected][] = [
    ['a tech SME with 60 staff renting 800 m² at 1.8 yuan gets 438,000 yuan a year, 1,314,000 over 3 years', sme(60, 800, 1.8), { status: 'eligible', perYearYuan: 438_000, maxYuan: 1_314_000 }],
    ['99 staff (少于100人) renting 1,500 m² at 1.5 yuan are capped at 1,000 m²: 547,500 a year', sme(99, 1500, 1.5), { status: 'eligible', perYearYuan: 547_500 }],
    ['100 staff (含100人) renting 1,500 m² at 1.5 yuan get the full area: 821,250 a year', sme(100, 1500, 1.5), { status: 'eligible', perYearYuan: 821_250 }],
    ['100 staff renting 2,500 m² are capped at 2,000 m²: 1,095,000 a year', sme(100, 2500, 1.5), { status: 'eligible', perYearYuan: 1_095_000, maxYuan: 3_285_000 }],
    ['101 staff renting exactly 2,000 m² get 2,000 m²', sme(101, 2000, 1.5), { status: 'eligible', perYearYuan: 1_095_000 }],
    ['99 staff renting exactly 1,000 m² (at the cap) get 1,000 m²', sme(99, 1000, 1.5), { status: 'eligible', perYearYuan: 547_500 }],
    ['99 staff renting 1,000.5 m² are capped at 1,000 m²', sme(99, 1000.5, 1.5), { status: 'eligible', perYearYuan: 547_500 }],
    ['rent of 1.49 yuan is below the standard and used as is: 543,850 a year on 1,000 m²', sme(50, 1000, 1.49), { status: 'eligible', perYearYuan: 543_850 }],
    ['rent of exactly 1.5 yuan: 547,500 a year on 1,000 m²', sme(50, 1000, 1.5), { status: 'eligible', perYearYuan: 547_500 }],
    ['rent of 1.51 yuan is capped at 1.5: 547,500 a year on 1,000 m²', sme(50, 1000, 1.51), { status: 'eligible', perYearYuan: 547_500 }],
    ['1.23 yuan on 333.3 m² is 149,635.035 a year, rounded half away from zero to 149,635.04', sme(10, 333.3, 1.23), { status: 'eligible', perYearYuan: 149_635.04, maxYuan: 448_905.12 }],
    ['0.01 yuan on 0.5 m² is 1.825 a year, rounded up to 1.83', sme(1, 0.5, 0.01), { status: 'eligible', perYearYuan: 1.83, maxYuan: 5.49 }],
    ['free space (0 yuan) has no rent to subsidise', sme(10, 500, 0), { status: 'ineligible' }],
    ['no leased area (0 m²) has no rent to subsidise', sme(10, 0, 1.2), { status: 'ineligible' }],
    ['staff numbers are not needed when the area is within the smaller cap', sme(undefined, 800, 1.2), { status: 'eligible', perYearYuan: 350_400 }],
    ['staff numbers are needed when the area exceeds 1,000 m²', sme(undefined, 1200, 1.2), { status: 'needs-info', missing: ['/profile/employees'] }],
    ['staff numbers are asked for together with the certification', { rent: { areaSqm: 5000, yuanPerSqmPerDay: 1 } }, { status: 'needs-info', missing: ['/profile/certifiedTechSme', '/profile/employees'] }],
    ['a known zero area settles it without asking for the rent', { certifiedTechSme: true, rent: { areaSqm: 0 } }, { status: 'ineligible' }],
    ['an SME not certified is not eligible, whatever its rent', { certifiedTechSme: false, employees: 10, rent: { areaSqm: 100, yuanPerSqmPerDay: 1 } }, { status: 'ineligible' }],
    ['an uncertified SME with no rent data is still not eligible', { certifiedTechSme: false }, { status: 'ineligible' }],
    ['a certified SME that leases nothing (rent: null) is not eligible', { certifiedTechSme: true, rent: null }, { status: 'ineligible' }],
    ['a certified SME that gives no rent needs to say its area and rent', { certifiedTechSme: true }, { status: 'needs-info', missing: ['/profile/rent'] }],
    ['a rent object without the rate asks for the rate', { certifiedTechSme: true, employees: 5, rent: { areaSqm: 100 } }, { status: 'needs-info', missing: ['/profile/rent/yuanPerSqmPerDay'] }],
    ['an empty profile needs the certification and the rent', {}, { status: 'needs-info', missing: ['/profile/certifiedTechSme', '/profile/rent'] }],
  ]
  it.each(cases)('%s', (_, profile, expected) => {
    check('spring-shoots', profile, expected)
  })

  it('traces each step with the parameters it used', () => {
    const result = evaluators['spring-shoots'](sme(60, 800, 1.8))
    expect(result.steps.map((s) => s.code)).toEqual([
      'spring-shoots.rate', 'spring-shoots.area-cap', 'spring-shoots.area', 'spring-shoots.per-year', 'spring-shoots.total',
    ])
    expect(result.steps[0]).toMatchObject({ value: 1.5, parameters: ['spring-shoots.rent-rate-cap'] })
    expect(result.steps[1]).toMatchObject({ value: 1000, parameters: ['spring-shoots.staff-threshold', 'spring-shoots.area-cap-under-threshold'] })
  })
})

describe('industrial-foundation: 白菜心 R&D funding', () => {
  const project = (rdInvestmentYuan: number, outstandingImpact?: boolean): Profile => ({
    operatesInYizhuangNewTown: true,
    cabbageHeartProject: outstandingImpact === undefined ? { rdInvestmentYuan } : { rdInvestmentYuan, outstandingImpact },
  })
  const cases: [string, Profile, Expected][] = [
    ['a project with 40 million of R&D gets up to half: 20 million', project(40_000_000, false), { status: 'eligible', maxYuan: 20_000_000 }],
    ['an outstanding project with 200 million of R&D reaches the 100 million cap exactly', project(200_000_000, true), { status: 'eligible', maxYuan: 100_000_000 }],
    ['an outstanding project with 200,000,002 of R&D is capped at 100 million', project(200_000_002, true), { status: 'eligible', maxYuan: 100_000_000 }],
    ['an outstanding project with 199,999,998 of R&D gets 99,999,999', project(199_999_998, true), { status: 'eligible', maxYuan: 99_999_999 }],
    ['no project exceeds the heading\'s 单个项目最高1亿元: 300 million of R&D without outstanding impact gives 100 million', project(300_000_000, false), { status: 'eligible', maxYuan: 100_000_000 }],
    ['when impact is unknown the answer is the same, so nothing is asked', project(300_000_000), { status: 'eligible', maxYuan: 100_000_000 }],
    ['when impact is unknown and half the R&D is within 100 million, half the R&D is allowed', project(100_000_000), { status: 'eligible', maxYuan: 50_000_000 }],
    ['R&D of 0.03 yuan gives 0.015, rounded half away from zero to 0.02', project(0.03, false), { status: 'eligible', maxYuan: 0.02 }],
    ['a company outside Yizhuang New Town is not eligible', { operatesInYizhuangNewTown: false, cabbageHeartProject: { rdInvestmentYuan: 1 } }, { status: 'ineligible' }],
    ['a company with no 白菜心 project (null) is not eligible', { operatesInYizhuangNewTown: true, cabbageHeartProject: null }, { status: 'ineligible' }],
    ['a project without its R&D figure needs it', { operatesInYizhuangNewTown: true, cabbageHeartProject: {} }, { status: 'needs-info', missing: ['/profile/cabbageHeartProject/rdInvestmentYuan'] }],
    ['an empty profile needs location and project', {}, { status: 'needs-info', missing: ['/profile/operatesInYizhuangNewTown', '/profile/cabbageHeartProject'] }],
  ]
  it.each(cases)('%s', (_, profile, expected) => {
    check('industrial-foundation', profile, expected)
  })

  it('always says the 100 million cap covers only outstanding projects', () => {
    for (const outstanding of [true, false]) {
      const result = evaluators['industrial-foundation'](project(10_000_000, outstanding))
      expect(result.notes.map((n) => n.code)).toContain('industrial-foundation.cap-scope')
    }
  })
})

describe('innovation-relay: 1:1 matching of national and Beijing major projects', () => {
  const major = (fundingYuan: number | undefined, extra: Partial<NonNullable<Profile['majorProject']>> = {}): Profile => ({
    majorProject: { level: 'national', fundingYuan, alignedWithEtown: true, ...extra },
  })
  const cases: [string, Profile, Expected][] = [
    ['a national project with 12 million of funding gets 12 million matched', major(12_000_000), { status: 'eligible', maxYuan: 12_000_000 }],
    ['a Beijing project qualifies too', major(5_000_000, { level: 'beijing' }), { status: 'eligible', maxYuan: 5_000_000 }],
    ['funding of exactly 30 million is matched in full', major(30_000_000), { status: 'eligible', maxYuan: 30_000_000 }],
    ['funding of 30,000,000.01 is capped at 30 million', major(30_000_000.01), { status: 'eligible', maxYuan: 30_000_000 }],
    ['funding of 29,999,999.99 is matched to the fen', major(29_999_999.99), { status: 'eligible', maxYuan: 29_999_999.99 }],
    ['a project outside E-Town priorities is not eligible', major(1_000_000, { alignedWithEtown: false }), { status: 'ineligible' }],
    ['alignment unknown needs info', major(1_000_000, { alignedWithEtown: undefined }), { status: 'needs-info', missing: ['/profile/majorProject/alignedWithEtown'] }],
    ['level unknown needs info', major(1_000_000, { level: undefined }), { status: 'needs-info', missing: ['/profile/majorProject/level'] }],
    ['funding unknown needs info', major(undefined), { status: 'needs-info', missing: ['/profile/majorProject/fundingYuan'] }],
    ['no major project (null) is not eligible', { majorProject: null }, { status: 'ineligible' }],
  ]
  it.each(cases)('%s', (_, profile, expected) => {
    check('innovation-relay', profile, expected)
  })
})

describe('incubator-building, leading-industry-chains, future-industries-outlook', () => {
  const cases: [keyof typeof evaluators, string, Profile, Expected][] = [
    ['incubator-building', 'a certified incubator can get up to 30 million over 3 years', { certifiedIncubator: true }, { status: 'eligible', maxYuan: 30_000_000 }],
    ['incubator-building', 'an uncertified incubator is not eligible', { certifiedIncubator: false }, { status: 'ineligible' }],
    ['incubator-building', 'unknown certification needs info', {}, { status: 'needs-info', missing: ['/profile/certifiedIncubator'] }],
    ['leading-industry-chains', 'a robotics project with a 6 million quota gets up to 6 million', { openCompetitionProject: { industry: 'robotics-intelligent-manufacturing', listQuotaYuan: 6_000_000 } }, { status: 'eligible', maxYuan: 6_000_000 }],
    ['leading-industry-chains', 'a quota of exactly 10 million is paid in full', { openCompetitionProject: { industry: 'next-generation-it', listQuotaYuan: 10_000_000 } }, { status: 'eligible', maxYuan: 10_000_000 }],
    ['leading-industry-chains', 'a quota of 12 million is capped at 10 million', { openCompetitionProject: { industry: 'biomedicine-health', listQuotaYuan: 12_000_000 } }, { status: 'eligible', maxYuan: 10_000_000 }],
    ['leading-industry-chains', 'an industry outside the list (which ends in 等) is not decided by the source: needs-info, nothing missing', { openCompetitionProject: { industry: 'other', listQuotaYuan: 1_000_000 } }, { status: 'needs-info', missing: [] }],
    ['leading-industry-chains', 'no quota needs info', { openCompetitionProject: { industry: 'intelligent-connected-vehicles' } }, { status: 'needs-info', missing: ['/profile/openCompetitionProject/listQuotaYuan'] }],
    ['leading-industry-chains', 'no project (null) is not eligible', { openCompetitionProject: null }, { status: 'ineligible' }],
    ['future-industries-outlook', 'a shortlisted quantum project gets up to 2 million', { futureIndustryProject: { field: 'quantum-communication', shortlisted: true } }, { status: 'eligible', maxYuan: 2_000_000 }],
    ['future-industries-outlook', 'a project not shortlisted is not eligible', { futureIndustryProject: { field: '6g', shortlisted: false } }, { status: 'ineligible' }],
    ['future-industries-outlook', 'a field outside the list (which ends in 等) is not decided by the source: needs-info, nothing missing', { futureIndustryProject: { field: 'other', shortlisted: true } }, { status: 'needs-info', missing: [] }],
    ['future-industries-outlook', 'a field outside the list that is not shortlisted is still not eligible', { futureIndustryProject: { field: 'other', shortlisted: false } }, { status: 'ineligible' }],
    ['future-industries-outlook', 'shortlisting unknown needs info', { futureIndustryProject: { field: 'synthetic-biology' } }, { status: 'needs-info', missing: ['/profile/futureIndustryProject/shortlisted'] }],
  ]
  it.each(cases)('%s: %s', (measure, _, profile, expected) => {
    check(measure, profile, expected)
  })
})

describe('explanations: message keys and the values they quote, taken from the amount steps', () => {
  const number = (value: number) => ({ kind: 'number', value })
  const fen = (value: bigint) => ({ kind: 'fen', value })

  it('a tech SME paying 1.8 yuan is told the rate is capped at 1.5 before the arithmetic: 1.5 × 800 × 365 = 438,000 a year', () => {
    expect(evaluators['spring-shoots'](sme(60, 800, 1.8)).explanation).toEqual([
      { key: 'explain.spring-shoots.rate-capped', params: { actual: number(1.8), rate: number(1.5) } },
      {
        key: 'explain.spring-shoots',
        params: { rate: number(1.5), area: number(800), days: number(365), perYear: fen(43_800_000n), years: number(3), total: fen(131_400_000n) },
      },
    ])
  })

  it('99 staff renting 1,200 m² are told the area is capped for firms with fewer than 100 staff; 100 staff renting 2,500 m² for 100 or more', () => {
    expect(evaluators['spring-shoots'](sme(99, 1200, 1.2)).explanation![0]).toEqual({
      key: 'explain.spring-shoots.area-capped',
      params: { actual: number(1200), staff: { kind: 'clause', value: { key: 'explain.spring-shoots.staff-under', params: { threshold: number(100) } } }, area: number(1000) },
    })
    expect(evaluators['spring-shoots'](sme(100, 2500, 1.5)).explanation![0]!.params.staff).toEqual({
      kind: 'clause',
      value: { key: 'explain.spring-shoots.staff-at-or-over', params: { threshold: number(100) } },
    })
  })

  it('quotes an R&D figure exactly as given, and the base, cap and amount from the trace', () => {
    const result = evaluators['industrial-foundation']({ operatesInYizhuangNewTown: true, cabbageHeartProject: { rdInvestmentYuan: 3_263_100.5678 } })
    expect(result.explanation).toEqual([
      {
        key: 'explain.industrial-foundation',
        params: { rd: { kind: 'yuan-as-given', value: 3_263_100.5678 }, rate: number(50), base: fen(163_155_028n), cap: fen(10_000_000_000n), amount: fen(163_155_028n) },
      },
      { key: 'explain.industrial-foundation.review', params: {} },
      { key: 'explain.industrial-foundation.cap-scope', params: { cap: fen(10_000_000_000n) } },
    ])
    const step = (code: string) => result.steps.find((s) => s.code === `industrial-foundation.${code}`)!.value
    expect([step('base'), step('cap'), step('amount')]).toEqual([163_155_028n, 10_000_000_000n, 163_155_028n])
  })

  it.each([
    ['not said', undefined, true],
    ['not outstanding', false, true],
    ['outstanding', true, false],
  ])(
    'a 白菜心 amount is paid on review (按评审兑现), and with outstanding impact %s the explanation says whether the 1亿 cap is only the heading’s',
    (_, outstandingImpact, capScope) => {
      const result = evaluators['industrial-foundation']({ operatesInYizhuangNewTown: true, cabbageHeartProject: { rdInvestmentYuan: 300_000_000, outstandingImpact } })
      const keys = result.explanation!.map((s) => s.key)
      expect(keys).toContain('explain.industrial-foundation.review')
      expect(keys.includes('explain.industrial-foundation.cap-scope')).toBe(capScope)
    },
  )

  it('explains only an eligible amount', () => {
    for (const result of evaluate({})) expect(result.explanation).toBeNull()
    for (const result of evaluate({ certifiedIncubator: true, futureIndustryProject: { field: '6g', shortlisted: true } })) {
      expect(result.explanation !== null).toBe(result.status === 'eligible')
    }
  })

  it('names the inputs only an amount needs, with the passage that makes the amount depend on them', () => {
    const spring = evaluators['spring-shoots'](sme(undefined, 1200, 1.2))
    expect(spring.amountInputs).toEqual([{ pointer: '/profile/employees', citation: expect.objectContaining({ source: 'article', line: 22 }) }])
    const relay = evaluators['innovation-relay']({ majorProject: { level: 'national' } })
    expect(relay.missing).toEqual(['/profile/majorProject/alignedWithEtown', '/profile/majorProject/fundingYuan'])
    expect(relay.amountInputs.map((i) => i.pointer)).toEqual(['/profile/majorProject/fundingYuan'])
    expect(evaluators['spring-shoots']({ certifiedTechSme: false, rent: { areaSqm: 5000 } }).amountInputs).toEqual([])
  })
})

describe('evaluate', () => {
  it('evaluates the six measures whose conditions the article states, in a stable order', () => {
    expect(evaluate({}).map((r) => r.measureId)).toEqual([
      'industrial-foundation', 'innovation-relay', 'spring-shoots', 'incubator-building', 'leading-industry-chains', 'future-industries-outlook',
    ])
  })
})
