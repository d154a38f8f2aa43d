/**
 * The eligibility form as data: the answers a person gives, which questions show for them, how
 * a typed number is read and checked, and how the answers become the API's profile. No UI and
 * no Taro here, so it is tested directly.
 */
import {
  futureIndustryFields,
  majorProjectLevels,
  openCompetitionIndustries,
  type FutureIndustryField,
  type MajorProjectLevel,
  type OpenCompetitionIndustry,
} from './enums.ts'
import type { ProfileInput } from '../services/http.ts'

/** A yes/no question: '' is unanswered; 'unsure' is an explicit "not sure". Both send nothing. */
export type Tri = '' | 'yes' | 'no' | 'unsure'

export interface Answers {
  operatesInYizhuangNewTown: Tri
  certifiedTechSme: Tri
  certifiedIncubator: Tri
  rents: Tri
  rentAreaSqm: string
  rentYuanPerSqmPerDay: string
  employees: string
  cabbageHeart: Tri
  cabbageRdInvestmentWan: string
  cabbageOutstandingImpact: Tri
  majorProject: Tri
  majorLevel: '' | MajorProjectLevel
  majorFundingWan: string
  majorAligned: Tri
  openCompetition: Tri
  openIndustry: '' | OpenCompetitionIndustry
  openListQuotaWan: string
  futureIndustry: Tri
  futureField: '' | FutureIndustryField
  futureShortlisted: Tri
}

export const emptyAnswers: Readonly<Answers> = {
  operatesInYizhuangNewTown: '',
  certifiedTechSme: '',
  certifiedIncubator: '',
  rents: '',
  rentAreaSqm: '',
  rentYuanPerSqmPerDay: '',
  employees: '',
  cabbageHeart: '',
  cabbageRdInvestmentWan: '',
  cabbageOutstandingImpact: '',
  majorProject: '',
  majorLevel: '',
  majorFundingWan: '',
  majorAligned: '',
  openCompetition: '',
  openIndustry: '',
  openListQuotaWan: '',
  futureIndustry: '',
  futureField: '',
  futureShortlisted: '',
}

export type TriField = { [K in keyof Answers]: Answers[K] extends Tri ? (Tri extends Answers[K] ? K : never) : never }[keyof Answers]
export type NumberField = 'rentAreaSqm' | 'rentYuanPerSqmPerDay' | 'employees' | 'cabbageRdInvestmentWan' | 'majorFundingWan' | 'openListQuotaWan'

export const steps = ['company', 'space', 'projects', 'competitions', 'review'] as const
export type StepId = (typeof steps)[number]

/** The questions of a step that show for these answers: follow-ups only after a "yes". */
export function visibleQuestions(step: StepId, a: Answers): (keyof Answers)[] {
  switch (step) {
    case 'company':
      return ['operatesInYizhuangNewTown', 'certifiedTechSme', 'certifiedIncubator']
    case 'space':
      return a.rents === 'yes' ? ['rents', 'rentAreaSqm', 'rentYuanPerSqmPerDay', 'employees'] : ['rents']
    case 'projects':
      return [
        'cabbageHeart',
        ...(a.cabbageHeart === 'yes' ? (['cabbageRdInvestmentWan', 'cabbageOutstandingImpact'] as const) : []),
        'majorProject',
        ...(a.majorProject === 'yes' ? (['majorLevel', 'majorFundingWan', 'majorAligned'] as const) : []),
      ]
    case 'competitions':
      return [
        'openCompetition',
        ...(a.openCompetition === 'yes' ? (['openIndustry', 'openListQuotaWan'] as const) : []),
        'futureIndustry',
        ...(a.futureIndustry === 'yes' ? (['futureField', 'futureShortlisted'] as const) : []),
      ]
    case 'review':
      return []
  }
}

// Numbers ------------------------------------------------------------------------------------

export interface NumberRule {
  integer: boolean
  min: number
  max: number
  maxDecimals: number
  example: string
}

/** Bounds follow the API's schema (worker/schemas.ts) and common sense: a lease has some area. */
export const numberRules: Readonly<Record<NumberField, NumberRule>> = {
  employees: { integer: true, min: 1, max: 10_000_000, maxDecimals: 0, example: '60' },
  rentAreaSqm: { integer: false, min: 1, max: 1_000_000, maxDecimals: 2, example: '800' },
  rentYuanPerSqmPerDay: { integer: false, min: 0.01, max: 1_000, maxDecimals: 2, example: '1.8' },
  // In 万元: six decimals reach the fen, 100,000,000 万元 is the API's 1,000,000,000,000 yuan.
  cabbageRdInvestmentWan: { integer: false, min: 0.000001, max: 100_000_000, maxDecimals: 6, example: '4000' },
  majorFundingWan: { integer: false, min: 0.000001, max: 100_000_000, maxDecimals: 6, example: '1200' },
  openListQuotaWan: { integer: false, min: 0.000001, max: 100_000_000, maxDecimals: 6, example: '600' },
}

export type FieldErrorCode = 'notANumber' | 'negative' | 'notWhole' | 'tooSmall' | 'tooLarge' | 'tooManyDecimals'
export interface FieldError {
  code: FieldErrorCode
  params: Record<string, string | number>
}

/** Full-width digits and separators, as Chinese keyboards type them, read as ASCII. */
export function normaliseNumberText(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/[\s,，_]/g, '')
}

export function groupDigits(value: number): string {
  const [int, frac] = String(value).split('.')
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '')
}

export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false; error: FieldError }

/** Reads a typed number. Blank is allowed everywhere: the API then answers "needs info". */
export function parseNumber(field: NumberField, text: string): ParsedNumber {
  const rule = numberRules[field]
  const t = normaliseNumberText(text)
  if (t === '') return { ok: true, value: undefined }
  if (/^-\d*\.?\d*$/.test(t) && t !== '-') return { ok: false, error: { code: 'negative', params: {} } }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(t)) return { ok: false, error: { code: 'notANumber', params: { example: rule.example } } }
  const decimals = t.includes('.') ? t.split('.')[1].length : 0
  if (rule.integer && decimals > 0 && !/^\d+\.0*$/.test(t)) return { ok: false, error: { code: 'notWhole', params: {} } }
  if (!rule.integer && decimals > rule.maxDecimals) return { ok: false, error: { code: 'tooManyDecimals', params: { digits: rule.maxDecimals } } }
  const value = Number(t)
  if (!Number.isFinite(value)) return { ok: false, error: { code: 'notANumber', params: { example: rule.example } } }
  if (value < rule.min) return { ok: false, error: { code: 'tooSmall', params: { min: groupDigits(rule.min) } } }
  if (value > rule.max) return { ok: false, error: { code: 'tooLarge', params: { max: groupDigits(rule.max) } } }
  return { ok: true, value }
}

export const isNumberField = (key: keyof Answers): key is NumberField => key in numberRules

/** Amounts, typed in 万元 (tens of thousands of yuan): companies count money that way. */
export type WanField = 'cabbageRdInvestmentWan' | 'majorFundingWan' | 'openListQuotaWan'
export const isWanField = (key: keyof Answers): key is WanField => key === 'cabbageRdInvestmentWan' || key === 'majorFundingWan' || key === 'openListQuotaWan'

/**
 * A valid 万元 amount as whole fen (1 万元 = 1,000,000 fen), by moving the decimal point in the
 * text: 0.5 → 500,000 fen, exactly, where 0.5 × 10000 × 100 in floating point might not be.
 */
export function wanToFen(text: string): number {
  const [int, frac = ''] = normaliseNumberText(text).split('.')
  return Number(int || '0') * 1_000_000 + Number(frac.padEnd(6, '0').slice(0, 6))
}

/** The yuan the API takes: whole fen / 100, the double nearest the decimal amount. */
export const wanToYuan = (text: string): number => wanToFen(text) / 100

export type StepErrors = Partial<Record<NumberField, FieldError>>

/** Errors of the visible number fields of one step (hidden answers are never sent, so never block). */
export function validateStep(step: StepId, answers: Answers): StepErrors {
  const errors: StepErrors = {}
  const fields = step === 'review' ? steps.flatMap((s) => visibleQuestions(s, answers)) : visibleQuestions(step, answers)
  for (const key of fields) {
    if (!isNumberField(key)) continue
    const parsed = parseNumber(key, answers[key])
    if (!parsed.ok) errors[key] = parsed.error
  }
  return errors
}

export const hasErrors = (errors: StepErrors) => Object.keys(errors).length > 0

// Profile ------------------------------------------------------------------------------------

const flag = (value: Tri): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined)

function num(field: NumberField, text: string): number | undefined {
  const parsed = parseNumber(field, text)
  return parsed.ok ? parsed.value : undefined
}

const yuan = (field: WanField, text: string): number | undefined => (num(field, text) === undefined ? undefined : wanToYuan(text))

/** Drops undefined keys: the API tells "not given" from "given as undefined" only by absence. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/**
 * The answers as the API's profile. Only what shows is sent: a follow-up hidden by a later "no"
 * stays in storage (in case the person changes their mind) but is not part of the profile.
 * "No" to having a project or a lease sends `null` ("the company has none").
 */
export function toProfile(a: Answers): ProfileInput {
  const profile: ProfileInput = compact({
    operatesInYizhuangNewTown: flag(a.operatesInYizhuangNewTown),
    certifiedTechSme: flag(a.certifiedTechSme),
    certifiedIncubator: flag(a.certifiedIncubator),
  })
  if (a.rents === 'yes') {
    profile.rent = compact({ areaSqm: num('rentAreaSqm', a.rentAreaSqm), yuanPerSqmPerDay: num('rentYuanPerSqmPerDay', a.rentYuanPerSqmPerDay) })
    const employees = num('employees', a.employees)
    if (employees !== undefined) profile.employees = employees
  } else if (a.rents === 'no') profile.rent = null

  if (a.cabbageHeart === 'yes') {
    profile.cabbageHeartProject = compact({
      rdInvestmentYuan: yuan('cabbageRdInvestmentWan', a.cabbageRdInvestmentWan),
      outstandingImpact: flag(a.cabbageOutstandingImpact),
    })
  } else if (a.cabbageHeart === 'no') profile.cabbageHeartProject = null

  if (a.majorProject === 'yes') {
    profile.majorProject = compact({
      level: a.majorLevel || undefined,
      fundingYuan: yuan('majorFundingWan', a.majorFundingWan),
      alignedWithEtown: flag(a.majorAligned),
    })
  } else if (a.majorProject === 'no') profile.majorProject = null

  if (a.openCompetition === 'yes') {
    profile.openCompetitionProject = compact({ industry: a.openIndustry || undefined, listQuotaYuan: yuan('openListQuotaWan', a.openListQuotaWan) })
  } else if (a.openCompetition === 'no') profile.openCompetitionProject = null

  if (a.futureIndustry === 'yes') {
    profile.futureIndustryProject = compact({ field: a.futureField || undefined, shortlisted: flag(a.futureShortlisted) })
  } else if (a.futureIndustry === 'no') profile.futureIndustryProject = null

  return profile
}

/** Whether anything was answered at all (the results page needs something to check). */
export const isBlank = (a: Answers) => (Object.keys(emptyAnswers) as (keyof Answers)[]).every((k) => a[k] === '')

// Pointers from the API (missing inputs, validation errors) back to the form ----------------

const pointerSteps: [prefix: string, step: StepId][] = [
  ['/profile/operatesInYizhuangNewTown', 'company'],
  ['/profile/certifiedTechSme', 'company'],
  ['/profile/certifiedIncubator', 'company'],
  ['/profile/rent', 'space'],
  ['/profile/employees', 'space'],
  ['/profile/cabbageHeartProject', 'projects'],
  ['/profile/majorProject', 'projects'],
  ['/profile/openCompetitionProject', 'competitions'],
  ['/profile/futureIndustryProject', 'competitions'],
]

export function stepOfPointer(pointer: string): StepId | null {
  const found = pointerSteps.find(([prefix]) => pointer === prefix || pointer.startsWith(`${prefix}/`))
  return found ? found[1] : null
}

const pointerFields: Record<string, NumberField> = {
  '/profile/rent/areaSqm': 'rentAreaSqm',
  '/profile/rent/yuanPerSqmPerDay': 'rentYuanPerSqmPerDay',
  '/profile/employees': 'employees',
  '/profile/cabbageHeartProject/rdInvestmentYuan': 'cabbageRdInvestmentWan',
  '/profile/majorProject/fundingYuan': 'majorFundingWan',
  '/profile/openCompetitionProject/listQuotaYuan': 'openListQuotaWan',
}

export const fieldOfPointer = (pointer: string): NumberField | null => pointerFields[pointer] ?? null

// Storage ------------------------------------------------------------------------------------

const tris: readonly string[] = ['', 'yes', 'no', 'unsure']

/** Answers read back from storage: anything unknown or of the wrong shape falls back to blank. */
export function restoreAnswers(raw: unknown): Answers {
  const out: Answers = { ...emptyAnswers }
  if (!raw || typeof raw !== 'object') return out
  const r = raw as Record<string, unknown>
  for (const key of Object.keys(emptyAnswers) as (keyof Answers)[]) {
    const v = r[key]
    if (typeof v !== 'string') continue
    if (isNumberField(key)) out[key] = v.slice(0, 40)
    else if (key === 'majorLevel') out.majorLevel = (majorProjectLevels as readonly string[]).includes(v) ? (v as MajorProjectLevel) : ''
    else if (key === 'openIndustry') out.openIndustry = (openCompetitionIndustries as readonly string[]).includes(v) ? (v as OpenCompetitionIndustry) : ''
    else if (key === 'futureField') out.futureField = (futureIndustryFields as readonly string[]).includes(v) ? (v as FutureIndustryField) : ''
    else if (tris.includes(v)) (out as unknown as Record<string, string>)[key] = v
  }
  return out
}
