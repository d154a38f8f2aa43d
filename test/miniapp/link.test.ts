import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { futureIndustryFields, majorProjectLevels, openCompetitionIndustries } from '../../miniapp/src/eligibility/enums.ts'
import { emptyAnswers, parseNumber, type Answers, type NumberField } from '../../miniapp/src/eligibility/form.ts'
import { decodeAnswers, encodeAnswers, resultsUrl } from '../../miniapp/src/eligibility/link.ts'

const tri = fc.constantFrom('', 'yes', 'no', 'unsure' as const)
// Numbers as the form accepts them: a link only ever carries answers the form let through.
const number = (field: NumberField) => fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,9}(\.\d{1,6})?$/)).filter((text) => parseNumber(field, text).ok)
const answers: fc.Arbitrary<Answers> = fc.record({
  ...(Object.fromEntries(Object.keys(emptyAnswers).map((k) => [k, tri])) as Record<keyof Answers, typeof tri>),
  rentAreaSqm: number('rentAreaSqm'),
  rentYuanPerSqmPerDay: number('rentYuanPerSqmPerDay'),
  employees: number('employees'),
  cabbageRdInvestmentWan: number('cabbageRdInvestmentWan'),
  majorFundingWan: number('majorFundingWan'),
  openListQuotaWan: number('openListQuotaWan'),
  majorLevel: fc.constantFrom('', ...majorProjectLevels),
  openIndustry: fc.constantFrom('', ...openCompetitionIndustries),
  futureField: fc.constantFrom('', ...futureIndustryFields),
}) as fc.Arbitrary<Answers>

const example: Answers = {
  ...emptyAnswers,
  operatesInYizhuangNewTown: 'yes',
  certifiedTechSme: 'yes',
  rents: 'yes',
  rentAreaSqm: '800',
  rentYuanPerSqmPerDay: '1.8',
  employees: '60',
  majorProject: 'yes',
  majorLevel: 'national',
  majorFundingWan: '1200',
}

describe('the answers in a results link', () => {
  it('are short, versioned and need no escaping in a URL', () => {
    const code = encodeAnswers(example)
    expect(code).toMatch(/^1\.[A-Za-z0-9._~]+$/)
    expect(code.length).toBeLessThan(40)
    expect(resultsUrl(example)).toBe(`/pages/results/index?a=${code}`)
    expect(encodeURIComponent(code)).toBe(code)
  })

  it('come back as they were given, whatever they are', () => {
    fc.assert(
      fc.property(answers, (a) => {
        expect(decodeAnswers(encodeAnswers(a))).toEqual({ ok: true, answers: a })
      }),
    )
  })

  it('read from anything at all never throw, and a code that reads is the one its answers give', () => {
    const text = fc.oneof(fc.string(), fc.string().map((s) => `1.${s}`), answers.map((a) => encodeAnswers(a).slice(0, -1) + 'x'))
    fc.assert(
      fc.property(text, (code) => {
        const decoded = decodeAnswers(code)
        if (decoded.ok) expect(encodeAnswers(decoded.answers)).toBe(code)
      }),
    )
  })

  it('from a newer version, or cut short, are refused with the reason', () => {
    expect(decodeAnswers(`2.${encodeAnswers(example).slice(2)}`)).toEqual({ ok: false, reason: 'version' })
    expect(decodeAnswers(encodeAnswers(example).slice(0, 12))).toEqual({ ok: false, reason: 'broken' })
    expect(decodeAnswers('')).toEqual({ ok: false, reason: 'broken' })
    expect(decodeAnswers('%E4%BD%A0')).toEqual({ ok: false, reason: 'broken' })
    // A number the form would refuse (an area of a million km²) is a damaged link, not a silent gap.
    expect(decodeAnswers(encodeAnswers({ ...example, rentAreaSqm: '999999999999' }))).toEqual({ ok: false, reason: 'broken' })
  })

  it('fit each choice in one character: every list of the rules has fewer than 36 values', () => {
    for (const list of [majorProjectLevels, openCompetitionIndustries, futureIndustryFields]) expect(list.length).toBeLessThan(36)
  })
})
