import { describe, expect, it } from 'vitest'
import {
  emptyAnswers,
  fieldOfPointer,
  parseNumber,
  restoreAnswers,
  stepOfPointer,
  toProfile,
  validateStep,
  visibleQuestions,
  type Answers,
} from '../../miniapp/src/eligibility/form.ts'

const answers = (patch: Partial<Answers>): Answers => ({ ...emptyAnswers, ...patch })

describe('reading a typed number', () => {
  it.each([
    ['employees', '60', 60],
    ['employees', ' 1,200 ', 1200],
    ['employees', '６０', 60], // full-width digits from a Chinese keyboard
    ['employees', '60.0', 60],
    ['rentAreaSqm', '800.5', 800.5],
    ['rentYuanPerSqmPerDay', '1.8', 1.8],
    ['rentYuanPerSqmPerDay', '.5', 0.5],
    ['majorFundingYuan', '12000000', 12_000_000],
    ['majorFundingYuan', '0.01', 0.01],
    ['employees', '', undefined], // blank is allowed: the API then says what is missing
  ] as const)('%s "%s" reads as %s', (field, text, value) => {
    expect(parseNumber(field, text)).toEqual({ ok: true, value })
  })

  it.each([
    ['employees', '-5', 'negative'],
    ['employees', '12.5', 'notWhole'],
    ['employees', '0', 'tooSmall'],
    ['employees', 'abc', 'notANumber'],
    ['employees', '1e3', 'notANumber'],
    ['employees', '10000001', 'tooLarge'],
    ['rentAreaSqm', '0', 'tooSmall'],
    ['rentYuanPerSqmPerDay', '1.855', 'tooManyDecimals'],
    ['rentYuanPerSqmPerDay', '1001', 'tooLarge'],
    ['cabbageRdInvestmentYuan', '1.005', 'tooManyDecimals'],
    ['cabbageRdInvestmentYuan', '1000000000001', 'tooLarge'],
    ['majorFundingYuan', '1.2.3', 'notANumber'],
  ] as const)('%s "%s" is refused as %s', (field, text, code) => {
    const parsed = parseNumber(field, text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error.code).toBe(code)
  })

  it('names the bound in the message parameters', () => {
    expect(parseNumber('employees', '10000001')).toEqual({ ok: false, error: { code: 'tooLarge', params: { max: '10,000,000' } } })
    expect(parseNumber('rentYuanPerSqmPerDay', '0')).toEqual({ ok: false, error: { code: 'tooSmall', params: { min: '0.01' } } })
  })
})

describe('which questions show', () => {
  it('asks about the lease only after the company says it leases space', () => {
    expect(visibleQuestions('space', answers({}))).toEqual(['rents'])
    expect(visibleQuestions('space', answers({ rents: 'no' }))).toEqual(['rents'])
    expect(visibleQuestions('space', answers({ rents: 'yes' }))).toEqual(['rents', 'rentAreaSqm', 'rentYuanPerSqmPerDay', 'employees'])
  })

  it('asks for project details only for projects the company has', () => {
    expect(visibleQuestions('projects', answers({ majorProject: 'yes' }))).toEqual(['cabbageHeart', 'majorProject', 'majorLevel', 'majorFundingYuan', 'majorAligned'])
    expect(visibleQuestions('competitions', answers({ futureIndustry: 'yes', openCompetition: 'unsure' }))).toEqual([
      'openCompetition',
      'futureIndustry',
      'futureField',
      'futureShortlisted',
    ])
  })

  it('does not block a step on an answer that is hidden', () => {
    const a = answers({ rents: 'no', employees: '-3' })
    expect(validateStep('space', a)).toEqual({})
    expect(validateStep('space', { ...a, rents: 'yes' })).toEqual({ employees: { code: 'negative', params: {} } })
  })
})

describe('answers become the API profile', () => {
  it('a tech SME with 60 staff renting 800 m² at 1.8 yuan sends exactly that', () => {
    const profile = toProfile(
      answers({ certifiedTechSme: 'yes', operatesInYizhuangNewTown: 'yes', rents: 'yes', rentAreaSqm: '800', rentYuanPerSqmPerDay: '1.8', employees: '60' }),
    )
    expect(profile).toEqual({ operatesInYizhuangNewTown: true, certifiedTechSme: true, employees: 60, rent: { areaSqm: 800, yuanPerSqmPerDay: 1.8 } })
  })

  it('"no" to a lease or a project sends null (the company has none); "not sure" sends nothing', () => {
    const profile = toProfile(answers({ rents: 'no', cabbageHeart: 'no', majorProject: 'unsure', openCompetition: 'no', futureIndustry: '' }))
    expect(profile).toEqual({ rent: null, cabbageHeartProject: null, openCompetitionProject: null })
  })

  it('answers hidden by a later "no" stay stored but are not sent', () => {
    const profile = toProfile(answers({ rents: 'no', rentAreaSqm: '800', employees: '60' }))
    expect(profile).toEqual({ rent: null })
  })

  it('a national project with CNY 12 million of funding, in line with E-Town', () => {
    expect(toProfile(answers({ majorProject: 'yes', majorLevel: 'national', majorFundingYuan: '12,000,000', majorAligned: 'yes' }))).toEqual({
      majorProject: { level: 'national', fundingYuan: 12_000_000, alignedWithEtown: true },
    })
  })

  it('an open-bidding project and a future-industry project with partial answers send what is known', () => {
    expect(toProfile(answers({ openCompetition: 'yes', openIndustry: 'other', futureIndustry: 'yes', futureShortlisted: 'no' }))).toEqual({
      openCompetitionProject: { industry: 'other' },
      futureIndustryProject: { shortlisted: false },
    })
  })

  it('an empty form sends an empty profile', () => {
    expect(toProfile(answers({}))).toEqual({})
  })
})

describe('pointers from the API lead back to the form', () => {
  it.each([
    ['/profile/rent/areaSqm', 'space', 'rentAreaSqm'],
    ['/profile/employees', 'space', 'employees'],
    ['/profile/majorProject', 'projects', null],
    ['/profile/majorProject/fundingYuan', 'projects', 'majorFundingYuan'],
    ['/profile/futureIndustryProject/field', 'competitions', null],
    ['/profile/certifiedTechSme', 'company', null],
    ['/profile/unknown', null, null],
  ] as const)('%s → step %s, field %s', (pointer, step, field) => {
    expect(stepOfPointer(pointer)).toBe(step)
    expect(fieldOfPointer(pointer)).toBe(field)
  })
})

describe('answers read back from storage', () => {
  it('keeps what is valid and blanks the rest', () => {
    const restored = restoreAnswers({ rents: 'yes', rentAreaSqm: '800', majorLevel: 'galactic', openIndustry: 'biomedicine-health', employees: 60, stray: 'x' })
    expect(restored).toEqual({ ...emptyAnswers, rents: 'yes', rentAreaSqm: '800', openIndustry: 'biomedicine-health' })
  })

  it('survives junk', () => {
    expect(restoreAnswers('junk')).toEqual(emptyAnswers)
    expect(restoreAnswers(null)).toEqual(emptyAnswers)
  })
})
