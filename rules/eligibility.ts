import { decimal, multiply, toFen, type Decimal } from './money.ts'
import { parameters, type Parameter, type ParameterId } from './parameters.ts'
import { measureById, type MeasureId } from './measures.ts'
import { cite, type Citation } from './sources.ts'
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
  capAt(base: bigint, capId: ParameterId, inputs: AmountStep['inputs'] = {}): bigint {
    const cap = yuanFen(capId)
    this.step('cap', cap, 'fen', [capId], inputs)
    const amount = base < cap ? base : cap
    this.step('amount', amount, 'fen')
    return amount
  }

  need(...pointers: string[]) {
    for (const pointer of pointers) if (!this.missing.includes(pointer)) this.missing.push(pointer)
  }

  step(code: string, value: number | bigint, unit: AmountStep['unit'], parameterIds: ParameterId[] = [], inputs: AmountStep['inputs'] = {}) {
    this.steps.push({ code: `${this.measureId}.${code}`, value, unit, parameters: parameterIds, inputs })
  }

  note(code: string, citation: Citation) {
    this.notes.push({ code: `${this.measureId}.${code}`, citation })
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
    }
  }
}

const money = (value: number): Decimal => decimal(value)

function industrialFoundation(profile: Profile): MeasureEvaluation {
  const e = new Evaluation('industrial-foundation')
  const project = profile.cabbageHeartProject
  e.flag('operates-in-yizhuang', '/profile/operatesInYizhuangNewTown', profile.operatesInYizhuangNewTown)
  e.presence('undertakes-cabbage-heart', '/profile/cabbageHeartProject', project)
  if (project && project.rdInvestmentYuan === undefined) e.need('/profile/cabbageHeartProject/rdInvestmentYuan')
  return e.finish(() => {
    const rd = money(project!.rdInvestmentYuan!)
    const rate = multiply(dec('industrial-foundation.rd-funding-rate'), { units: 1n, scale: 2 })
    const base = toFen(multiply(rd, rate))
    e.step('base', base, 'fen', ['industrial-foundation.rd-funding-rate'], {
      '/profile/cabbageHeartProject/rdInvestmentYuan': project!.rdInvestmentYuan,
    })
    // The heading caps any single project at 1亿; the body names the projects that can reach it
    // (particularly strong industry pull) and states no lower cap for the others, so the note
    // says so rather than inventing one.
    e.note('heading-cap', P('industrial-foundation.project-cap').citation)
    e.note('cap-scope', cite(14, '對産業發展帶動效應特別突出的“白菜心”工程項目,單個項目最高給予1億元研發支援'))
    const outstanding = project!.outstandingImpact
    return { maxFen: e.capAt(base, 'industrial-foundation.project-cap', { '/profile/cabbageHeartProject/outstandingImpact': outstanding ?? null }) }
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
    if (project.fundingYuan === undefined) e.need('/profile/majorProject/fundingYuan')
  }
  return e.finish(() => {
    const funding = project!.fundingYuan!
    const base = toFen(multiply(money(funding), dec('innovation-relay.matching-ratio')))
    e.step('base', base, 'fen', ['innovation-relay.matching-ratio'], { '/profile/majorProject/fundingYuan': funding })
    return { maxFen: e.capAt(base, 'innovation-relay.matching-cap') }
  })
}

function springShoots(profile: Profile): MeasureEvaluation {
  const e = new Evaluation('spring-shoots')
  const rent = profile.rent
  e.flag('certified-tech-sme', '/profile/certifiedTechSme', profile.certifiedTechSme)
  e.note('year-days', P('spring-shoots.days-per-year').citation)
  if (rent) {
    const inputs = { '/profile/rent/areaSqm': rent.areaSqm, '/profile/rent/yuanPerSqmPerDay': rent.yuanPerSqmPerDay }
    // A subsidy on rent actually paid: a known zero area or rent leaves nothing to subsidise.
    const zero = rent.areaSqm === 0 || rent.yuanPerSqmPerDay === 0
    const known = rent.areaSqm !== undefined && rent.yuanPerSqmPerDay !== undefined
    const outcome = zero ? 'failed' : known ? 'passed' : 'missing'
    e.condition('rents-space', outcome, inputs, [], Object.keys(inputs).filter((k) => inputs[k as keyof typeof inputs] === undefined))
    // Staff numbers choose the area cap, which matters only above the smaller cap: ask up front.
    const smallCap = P('spring-shoots.area-cap-under-threshold').value
    if (rent.areaSqm !== undefined && rent.areaSqm > smallCap && profile.employees === undefined) e.need('/profile/employees')
  } else {
    e.presence('rents-space', '/profile/rent', rent)
  }
  return e.finish(() => {
    const { areaSqm, yuanPerSqmPerDay } = rent as Required<NonNullable<Profile['rent']>>
    // The lower of the actual rent and the standard; Math.min of two given numbers is exact.
    const rateCap = P('spring-shoots.rent-rate-cap')
    const rate = Math.min(yuanPerSqmPerDay, rateCap.value)
    e.step('rate', rate, 'CNY/m2/day', [rateCap.id], { '/profile/rent/yuanPerSqmPerDay': yuanPerSqmPerDay })

    const threshold = P('spring-shoots.staff-threshold')
    const smallCap = P('spring-shoots.area-cap-under-threshold')
    const largeCap = P('spring-shoots.area-cap-at-or-over-threshold')
    const employees = profile.employees
    let areaCap: Parameter
    if (employees === undefined) {
      // Staff numbers choose the area cap, which matters only above the smaller cap.
      if (areaSqm > smallCap.value) {
        e.need('/profile/employees')
        return null
      }
      areaCap = smallCap
    } else {
      // 少于100人 → fewer than 100; 超过100人(含100人) → 100 or more.
      areaCap = employees < threshold.value ? smallCap : largeCap
    }
    e.step('area-cap', areaCap.value, 'm2', [threshold.id, areaCap.id as ParameterId], { '/profile/employees': employees })
    const area = Math.min(areaSqm, areaCap.value)
    e.step('area', area, 'm2', [], { '/profile/rent/areaSqm': areaSqm })

    const days = dec('spring-shoots.days-per-year')
    const perYear = toFen(multiply(multiply(decimal(rate), decimal(area)), days))
    e.step('per-year', perYear, 'fen', ['spring-shoots.days-per-year'])
    // Paid per year: the annual amount is rounded to the fen, then counted for each year.
    const years = BigInt(P('spring-shoots.subsidy-years').value)
    const total = perYear * years
    e.step('total', total, 'fen', ['spring-shoots.subsidy-years'])
    return { maxFen: total, perYearFen: perYear }
  })
}

function incubatorBuilding(profile: Profile): MeasureEvaluation {
  const e = new Evaluation('incubator-building')
  e.flag('certified-incubator', '/profile/certifiedIncubator', profile.certifiedIncubator)
  e.note('fund-is-shared', P('incubator-building.performance-fund').citation)
  return e.finish(() => {
    const cap = yuanFen('incubator-building.operating-support-cap')
    e.step('cap', cap, 'fen', ['incubator-building.operating-support-cap', 'incubator-building.operating-support-years'])
    return { maxFen: cap }
  })
}

function leadingIndustryChains(profile: Profile): MeasureEvaluation {
  const e = new Evaluation('leading-industry-chains')
  const project = profile.openCompetitionProject
  e.listed('leading-industry', '/profile/openCompetitionProject', project, 'industry', project?.industry, leadingIndustries)
  if (project && project.listQuotaYuan === undefined) e.need('/profile/openCompetitionProject/listQuotaYuan')
  e.note('milestones', cite(32, '根據“里程碑”節點予以資金支援'))
  return e.finish(() => {
    const quota = project!.listQuotaYuan!
    const quotaFen = toFen(money(quota))
    // 不高于榜单规定的支持额度: the list's quota is the first ceiling, then the per-project cap.
    e.step('quota', quotaFen, 'fen', [], { '/profile/openCompetitionProject/listQuotaYuan': quota })
    return { maxFen: e.capAt(quotaFen, 'leading-industry-chains.project-cap') }
  })
}

function futureIndustriesOutlook(profile: Profile): MeasureEvaluation {
  const e = new Evaluation('future-industries-outlook')
  const project = profile.futureIndustryProject
  e.listed('future-field', '/profile/futureIndustryProject', project, 'field', project?.field, futureFields)
  if (project) e.flag('shortlisted', '/profile/futureIndustryProject/shortlisted', project.shortlisted)
  return e.finish(() => {
    const cap = yuanFen('future-industries-outlook.project-cap')
    e.step('cap', cap, 'fen', ['future-industries-outlook.project-cap'])
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

