import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  emptyAnswers,
  fieldOfPointer,
  parseNumber,
  restoreAnswers,
  stepOfPointer,
  toProfile,
  validateStep,
  wanToFen,
  wanToYuan,
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
    ['majorFundingWan', '1200', 1200], // 万元
    ['majorFundingWan', '0.000001', 0.000001], // one fen
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
    ['cabbageRdInvestmentWan', '1.0000005', 'tooManyDecimals'], // less than a fen
    ['cabbageRdInvestmentWan', '100000001', 'tooLarge'], // over the API's 10^12 yuan
    ['majorFundingWan', '1.2.3', 'notANumber'],
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
    expect(visibleQuestions('projects', answers({ majorProject: 'yes' }))).toEqual(['cabbageHeart', 'majorProject', 'majorLevel', 'majorFundingWan', 'majorAligned'])
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
    expect(toProfile(answers({ majorProject: 'yes', majorLevel: 'national', majorFundingWan: '1,200', majorAligned: 'yes' }))).toEqual({
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
    ['/profile/majorProject/fundingYuan', 'projects', 'majorFundingWan'],
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

describe('amounts typed in 万元 reach the API in yuan, exact to the fen', () => {
  it.each([
    ['0.5', 500_000, 5_000],
    ['1200', 1_200_000_000, 12_000_000],
    ['0.000001', 1, 0.01],
    ['0.07', 70_000, 700],
    ['1.234567', 1_234_567, 12_345.67],
    ['１２.３', 12_300_000, 123_000], // full-width, as Chinese keyboards type
    ['100000000', 100_000_000_000_000, 1_000_000_000_000],
  ])('%s 万元 is %i fen, %s yuan', (wan, fen, yuan) => {
    expect(wanToFen(wan)).toBe(fen)
    expect(wanToYuan(wan)).toBe(yuan)
  })

  it('gives whole fen for every valid amount, and the yuan the decimal text states', () => {
    const amount = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 999_999 }))
    fc.assert(
      fc.property(amount, ([int, micro]) => {
        const text = `${int}.${String(micro).padStart(6, '0')}`
        const fen = wanToFen(text)
        expect(Number.isInteger(fen)).toBe(true)
        expect(fen).toBe(int * 1_000_000 + micro)
        // The yuan sent is the double nearest the decimal: as if the person had typed yuan.
        expect(wanToYuan(text)).toBe(Number(`${int * 10_000 + Math.floor(micro / 100)}.${String(micro % 100).padStart(2, '0')}`))
      }),
    )
  })

  it('sends the project amounts in yuan', () => {
    expect(toProfile(answers({ cabbageHeart: 'yes', cabbageRdInvestmentWan: '0.5' })).cabbageHeartProject).toEqual({ rdInvestmentYuan: 5_000 })
    expect(toProfile(answers({ openCompetition: 'yes', openListQuotaWan: '600' })).openCompetitionProject).toEqual({ listQuotaYuan: 6_000_000 })
  })
})
