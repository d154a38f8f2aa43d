import { decimal, multiply, toFen, type Decimal } from './money.ts'
import { parameters, type Parameter, type ParameterId } from './parameters.ts'
import { measureById, type MeasureId } from './measures.ts'
import type { Citation } from './sources.ts'
import { futureFields, leadingIndustries, type Profile } from './profile.ts'

/**
 * The policy as executable rules. `evaluate(profile)` checks every measure whose conditions the
 * article states, one condition per stated clause, and builds each amount in named steps
 * (base → cap). Everything it decides is in the trace; the text lives in i18n.
 */
export type Status = 'eligible' | 'ineligible' | 'needs-info'
/** `unstated`: the input is known, but the article does not say whether it qualifies (its list ends in 等). */
export type Outcome = 'passed' | 'failed' | 'missing' | 'unstated'
export type Scalar = string | number | boolean | null

export interface ConditionTrace {
  /** `<measureId>.<conditionId>`: the message key stem and the stable reason code. */
  code: string
  outcome: Outcome
  /** `none`: failed because the company said it has no such project (`null`). */
  variant?: 'none'
  /** The inputs read, by JSON pointer into the request. */
  inputs: Record<string, Scalar | undefined>
  parameters: ParameterId[]
  citation: Citation
}

/** One named step of an amount; money steps are whole fen. */
export interface AmountStep {
  code: string
  value: number | bigint
  unit: 'fen' | 'CNY/m2/day' | 'm2'
  parameters: ParameterId[]
  inputs: Record<string, Scalar | undefined>
}

/** A fact about the amount the reader must know (for example: the cap applies only to a sub-case). */
export interface AmountNote {
  code: string
  citation: Citation
}

/** An input the amount needs that no condition reads, with the passage that makes the amount depend on it. */
export interface AmountInput {
  /** JSON pointer into the request. */
  pointer: string
  citation: Citation
}

/**
 * A value an explanation quotes, tagged with how it is written: money in whole fen, a plain
 * number (a rate, an area, a count), an amount exactly as the client sent it (even below the
 * fen), or a nested clause.
 */
export type Term =
  | { kind: 'fen'; value: bigint }
  | { kind: 'number'; value: number }
  | { kind: 'yuan-as-given'; value: number }
  | { kind: 'clause'; value: Sentence }

/** One sentence of an explanation: a message key (under `explain.`) and the values it quotes. */
export interface Sentence {
  key: `explain.${string}`
  params: Record<string, Term>
}

const term = {
  fen: (value: bigint): Term => ({ kind: 'fen', value }),
  number: (value: number): Term => ({ kind: 'number', value }),
  asGiven: (value: number): Term => ({ kind: 'yuan-as-given', value }),
  clause: (key: Sentence['key'], params: Sentence['params'] = {}): Term => ({ kind: 'clause', value: { key, params } }),
}

export interface MeasureEvaluation {
  measureId: MeasureId
  status: Status
  /** Whole fen; `null` unless eligible. */
  amount: { maxFen: bigint; perYearFen?: bigint } | null
  conditions: ConditionTrace[]
  steps: AmountStep[]
  notes: AmountNote[]
  /** JSON pointers of the inputs that would decide a `needs-info`. */
  missing: string[]
  /** Those of `missing` that only the amount needs. */
  amountInputs: AmountInput[]
  /** How the amount was reached, sentence by sentence, quoting its steps; `null` unless eligible. */
  explanation: Sentence[] | null
}

const P = (id: ParameterId) => parameters[id]
const dec = (id: ParameterId) => decimal(P(id).value)
const yuanFen = (id: ParameterId) => toFen(dec(id))


/** Collects a measure's conditions and missing inputs, then settles its status. */
class Evaluation {
  readonly conditions: ConditionTrace[] = []
  readonly steps: AmountStep[] = []
  readonly notes: AmountNote[] = []
  readonly missing: string[] = []
  readonly amountInputs: AmountInput[] = []
  readonly explanation: Sentence[] = []
  readonly measureId: MeasureId
  constructor(measureId: MeasureId) {
    this.measureId = measureId
  }

  private citationOf(conditionId: string): Citation {
    const condition = measureById.get(this.measureId)?.conditions.find((c) => c.id === conditionId)
    if (!condition) throw new Error(`no stated condition ${this.measureId}.${conditionId}`)
    return condition.citation
  }

  condition(
    conditionId: string,
    outcome: Outcome,
    inputs: Record<string, Scalar | undefined>,
    parameterIds: ParameterId[] = [],
    missingPointers: string[] = Object.keys(inputs),
  ): Outcome {
    this.conditions.push({
      code: `${this.measureId}.${conditionId}`,
      outcome,
      inputs,
      parameters: parameterIds,
      citation: this.citationOf(conditionId),
    })
    if (outcome === 'missing') this.need(...missingPointers)
    return outcome
  }

  /** A yes/no condition read straight from one boolean input. */
  flag(conditionId: string, pointer: string, value: boolean | undefined): Outcome {
    return this.condition(conditionId, value === undefined ? 'missing' : value ? 'passed' : 'failed', { [pointer]: value })
  }

  /** A condition met by having the object at all: `null` means the company has none. */
  presence(conditionId: string, pointer: string, value: object | null | undefined): Outcome {
    const outcome = value === undefined ? 'missing' : value === null ? 'failed' : 'passed'
    const result = this.condition(conditionId, outcome, { [pointer]: value === undefined ? undefined : value !== null })
    if (value === null) this.conditions[this.conditions.length - 1]!.variant = 'none'
    return result
  }

  /** A project's field must be one the article lists; `null` for the project means it has none. */
  listed<T extends string>(conditionId: string, projectPointer: string, project: object | null | undefined, field: string, value: string | undefined, list: readonly T[]): Outcome {
    if (project === undefined || project === null) return this.presence(conditionId, projectPointer, project)
    // Outside the named list the article is silent (the list ends in 等): neither passed nor failed.
    const outcome = value === undefined ? 'missing' : (list as readonly string[]).includes(value) ? 'passed' : 'unstated'
    return this.condition(conditionId, outcome, { [`${projectPointer}/${field}`]: value })
  }

  /** The named cap step, then the amount: the lower of the two (both whole fen). */
  capAt(base: bigint, capId: ParameterId, inputs: AmountStep['inputs'] = {}): { cap: bigint; amount: bigint } {
    const cap = this.step('cap', yuanFen(capId), 'fen', [capId], inputs)
    const amount = this.step('amount', base < cap ? base : cap, 'fen')
    return { cap, amount }
  }

  need(...pointers: string[]) {
    for (const pointer of pointers) if (!this.missing.includes(pointer)) this.missing.push(pointer)
  }

  /** An input only the amount reads; `citation` is the passage that makes the amount depend on it. */
  needForAmount(pointer: string, citation: Citation) {
    this.need(pointer)
    if (!this.amountInputs.some((input) => input.pointer === pointer)) this.amountInputs.push({ pointer, citation })
  }

  step<V extends number | bigint>(code: string, value: V, unit: AmountStep['unit'], parameterIds: ParameterId[] = [], inputs: AmountStep['inputs'] = {}): V {
    this.steps.push({ code: `${this.measureId}.${code}`, value, unit, parameters: parameterIds, inputs })
    return value
  }

  /** The next sentence of the explanation, quoting values of the steps above. */
  explain(key: Sentence['key'], params: Sentence['params'] = {}) {
    this.explanation.push({ key, params })
  }

  note(code: string, citation: Citation) {
    this.notes.push({ code: `${this.measureId}.${code}`, citation })
  }

  /** The passage a note of the measure (or, failing that, a benefit with the same key) cites. */
  stated(key: string): Citation {
    const measure = measureById.get(this.measureId)
    const citation = measure?.notes.find((n) => n.key === key)?.citation ?? measure?.support.find((s) => s.key === key)?.citation
    if (!citation) throw new Error(`no note or benefit ${this.measureId}.${key}`)
    return citation
  }

  get failed() {
    return this.conditions.some((c) => c.outcome === 'failed')
  }

  /** Settles the status; `amount` is computed only when nothing failed and nothing is missing. */
  finish(amount: () => MeasureEvaluation['amount']): MeasureEvaluation {
    const undecided = this.missing.length > 0 || this.conditions.some((c) => c.outcome === 'unstated')
    let status: Status = this.failed ? 'ineligible' : undecided ? 'needs-info' : 'eligible'
    let value: MeasureEvaluation['amount'] = null
    if (status === 'eligible') {
      value = amount()
      // An amount step may still find an input it needs (e.g. a cap that depends on it).
      if (this.missing.length > 0) {
        status = 'needs-info'
        value = null
      }
    }
    return {
      measureId: this.measureId,
      status,
      amount: value,
      conditions: this.conditions,
      steps: status === 'eligible' ? this.steps : [],
      notes: this.notes,
      missing: status === 'ineligible' ? [] : this.missing,
      amountInputs: status === 'ineligible' ? [] : this.amountInputs,
      explanation: status === 'eligible' ? this.explanation : null,
    }
  }
}

const money = (value: number): Decimal => decimal(value)

function industrialFoundation(profile: Profile): MeasureEvaluation {
  const e = new Evaluation('industrial-foundation')
  const project = profile.cabbageHeartProject
  e.flag('operates-in-yizhuang', '/profile/operatesInYizhuangNewTown', profile.operatesInYizhuangNewTown)
  e.presence('undertakes-cabbage-heart', '/profile/cabbageHeartProject', project)
  const rateParameter = P('industrial-foundation.rd-funding-rate')
  if (project && project.rdInvestmentYuan === undefined) e.needForAmount('/profile/cabbageHeartProject/rdInvestmentYuan', rateParameter.citation)
  return e.finish(() => {
    const rd = project!.rdInvestmentYuan!
    const rate = multiply(decimal(rateParameter.value), { units: 1n, scale: 2 })
    const base = e.step('base', toFen(multiply(money(rd), rate)), 'fen', [rateParameter.id], { '/profile/cabbageHeartProject/rdInvestmentYuan': rd })
    // The heading caps any single project at 1亿; the body names the projects that can reach it
    // (particularly strong industry pull) and states no lower cap for the others, so the note
    // says so rather than inventing one.
    e.note('heading-cap', e.stated('heading-cap'))
    e.note('cap-scope', e.stated('cap-scope'))
    const outstanding = project!.outstandingImpact
    const { cap, amount } = e.capAt(base, 'industrial-foundation.project-cap', { '/profile/cabbageHeartProject/outstandingImpact': outstanding ?? null })
    e.explain('explain.industrial-foundation', {
      rd: term.asGiven(rd),
      rate: term.number(rateParameter.value),
      base: term.fen(base),
      cap: term.fen(cap),
      amount: term.fen(amount),
    })
    // 按评审兑现: the amount is paid only on review, so the explanation says so itself.
    e.explain('explain.industrial-foundation.review')
    // Unless the project is said to have a particularly strong pull, the cap is the heading's only.
    if (outstanding !== true) e.explain('explain.industrial-foundation.cap-scope', { cap: term.fen(cap) })
    return { maxFen: amount }
  })
}

function innovationRelay(profile: Profile): MeasureEvaluation {
  const e = new Evaluation('innovation-relay')
  const project = profile.majorProject
  if (project === undefined || project === null) {
    e.presence('undertakes-major-project', '/profile/majorProject', project)
  } else {
    const level = project.level
    e.condition('undertakes-major-project', level === undefined ? 'missing' : 'passed', { '/profile/majorProject/level': level })
    e.flag('aligned-with-etown', '/profile/majorProject/alignedWithEtown', project.alignedWithEtown)
    if (project.fundingYuan === undefined) e.needForAmount('/profile/majorProject/fundingYuan', P('innovation-relay.matching-ratio').citation)
  }
  return e.finish(() => {
    const funding = project!.fundingYuan!
    const base = e.step('base', toFen(multiply(money(funding), dec('innovation-relay.matching-ratio'))), 'fen', ['innovation-relay.matching-ratio'], {
      '/profile/majorProject/fundingYuan': funding,
    })
    const { cap, amount } = e.capAt(base, 'innovation-relay.matching-cap')
    // The text's {funding} is the matched amount: the funding at 1:1, to the fen.
    e.explain('explain.innovation-relay', { funding: term.fen(base), cap: term.fen(cap), amount: term.fen(amount) })
    return { maxFen: amount }
  })
}

function springShoots(profile: Profile): MeasureEvaluation {
  const e = new Evaluation('spring-shoots')
  const rent = profile.rent
  e.flag('certified-tech-sme', '/profile/certifiedTechSme', profile.certifiedTechSme)
  e.note('year-days', P('spring-shoots.days-per-year').citation)
  const threshold = P('spring-shoots.staff-threshold')
  const smallCap = P('spring-shoots.area-cap-under-threshold')
  const largeCap = P('spring-shoots.area-cap-at-or-over-threshold')
  if (rent) {
    const inputs = { '/profile/rent/areaSqm': rent.areaSqm, '/profile/rent/yuanPerSqmPerDay': rent.yuanPerSqmPerDay }
    // A subsidy on rent actually paid: a known zero area or rent leaves nothing to subsidise.
    const zero = rent.areaSqm === 0 || rent.yuanPerSqmPerDay === 0
    const known = rent.areaSqm !== undefined && rent.yuanPerSqmPerDay !== undefined
    const outcome = zero ? 'failed' : known ? 'passed' : 'missing'
    e.condition('rents-space', outcome, inputs, [], Object.keys(inputs).filter((k) => inputs[k as keyof typeof inputs] === undefined))
    // Staff numbers choose the area cap, which matters only above the smaller cap: ask up front.
    if (rent.areaSqm !== undefined && rent.areaSqm > smallCap.value && profile.employees === undefined) e.needForAmount('/profile/employees', threshold.citation)
  } else {
    e.presence('rents-space', '/profile/rent', rent)
  }
  return e.finish(() => {
    const { areaSqm, yuanPerSqmPerDay } = rent as Required<NonNullable<Profile['rent']>>
    // The lower of the actual rent and the standard; Math.min of two given numbers is exact.
    const rateCap = P('spring-shoots.rent-rate-cap')
    const rate = e.step('rate', Math.min(yuanPerSqmPerDay, rateCap.value), 'CNY/m2/day', [rateCap.id], { '/profile/rent/yuanPerSqmPerDay': yuanPerSqmPerDay })

    const employees = profile.employees
    let areaCap: Parameter
    if (employees === undefined) {
      // Staff numbers choose the area cap, which matters only above the smaller cap.
      if (areaSqm > smallCap.value) {
        e.needForAmount('/profile/employees', threshold.citation)
        return null
      }
      areaCap = smallCap
    } else {
      // 少于100人 → fewer than 100; 超过100人(含100人) → 100 or more.
      areaCap = employees < threshold.value ? smallCap : largeCap
    }
    e.step('area-cap', areaCap.value, 'm2', [threshold.id, areaCap.id as ParameterId], { '/profile/employees': employees })
    const area = e.step('area', Math.min(areaSqm, areaCap.value), 'm2', [], { '/profile/rent/areaSqm': areaSqm })

    const days = P('spring-shoots.days-per-year')
    const perYear = e.step('per-year', toFen(multiply(multiply(decimal(rate), decimal(area)), decimal(days.value))), 'fen', [days.id])
    // Paid per year: the annual amount is rounded to the fen, then counted for each year.
    const years = P('spring-shoots.subsidy-years')
    const total = e.step('total', perYear * BigInt(years.value), 'fen', [years.id])

    // Which caps bound the amount comes first, then the arithmetic that uses them.
    if (yuanPerSqmPerDay > rate) e.explain('explain.spring-shoots.rate-capped', { actual: term.number(yuanPerSqmPerDay), rate: term.number(rate) })
    if (areaSqm > area) {
      const staff = term.clause(areaCap === smallCap ? 'explain.spring-shoots.staff-under' : 'explain.spring-shoots.staff-at-or-over', { threshold: term.number(threshold.value) })
      e.explain('explain.spring-shoots.area-capped', { actual: term.number(areaSqm), staff, area: term.number(area) })
    }
    e.explain('explain.spring-shoots', {
      rate: term.number(rate),
      area: term.number(area),
      days: term.number(days.value),
      perYear: term.fen(perYear),
      years: term.number(years.value),
      total: term.fen(total),
    })
    return { maxFen: total, perYearFen: perYear }
  })
}

function incubatorBuilding(profile: Profile): MeasureEvaluation {
  const e = new Evaluation('incubator-building')
  e.flag('certified-incubator', '/profile/certifiedIncubator', profile.certifiedIncubator)
  e.note('fund-is-shared', P('incubator-building.performance-fund').citation)
  return e.finish(() => {
    const years = P('incubator-building.operating-support-years')
    const cap = e.step('cap', yuanFen('incubator-building.operating-support-cap'), 'fen', ['incubator-building.operating-support-cap', years.id])
    e.explain('explain.incubator-building', { years: term.number(years.value), amount: term.fen(cap) })
    return { maxFen: cap }
  })
}

function leadingIndustryChains(profile: Profile): MeasureEvaluation {
  const e = new Evaluation('leading-industry-chains')
  const project = profile.openCompetitionProject
  e.listed('leading-industry', '/profile/openCompetitionProject', project, 'industry', project?.industry, leadingIndustries)
  if (project && project.listQuotaYuan === undefined) e.needForAmount('/profile/openCompetitionProject/listQuotaYuan', P('leading-industry-chains.project-cap').citation)
  e.note('milestones', e.stated('milestones'))
  return e.finish(() => {
    const quota = project!.listQuotaYuan!
    // 不高于榜单规定的支持额度: the list's quota is the first ceiling, then the per-project cap.
    const quotaFen = e.step('quota', toFen(money(quota)), 'fen', [], { '/profile/openCompetitionProject/listQuotaYuan': quota })
    const { cap, amount } = e.capAt(quotaFen, 'leading-industry-chains.project-cap')
    e.explain('explain.leading-industry-chains', { quota: term.fen(quotaFen), cap: term.fen(cap), amount: term.fen(amount) })
    return { maxFen: amount }
  })
}

function futureIndustriesOutlook(profile: Profile): MeasureEvaluation {
  const e = new Evaluation('future-industries-outlook')
  const project = profile.futureIndustryProject
  e.listed('future-field', '/profile/futureIndustryProject', project, 'field', project?.field, futureFields)
  if (project) e.flag('shortlisted', '/profile/futureIndustryProject/shortlisted', project.shortlisted)
  return e.finish(() => {
    const cap = e.step('cap', yuanFen('future-industries-outlook.project-cap'), 'fen', ['future-industries-outlook.project-cap'])
    e.explain('explain.future-industries-outlook', { amount: term.fen(cap) })
    return { maxFen: cap }
  })
}

export const evaluators = {
  'industrial-foundation': industrialFoundation,
  'innovation-relay': innovationRelay,
  'spring-shoots': springShoots,
  'incubator-building': incubatorBuilding,
  'leading-industry-chains': leadingIndustryChains,
  'future-industries-outlook': futureIndustriesOutlook,
} as const satisfies Partial<Record<MeasureId, (profile: Profile) => MeasureEvaluation>>

export type EvaluatedMeasureId = keyof typeof evaluators
export const evaluatedMeasureIds = Object.keys(evaluators) as EvaluatedMeasureId[]

export function evaluate(profile: Profile): MeasureEvaluation[] {
  return evaluatedMeasureIds.map((id) => evaluators[id](profile))
}

