import { evaluate, type AmountStep, type ConditionTrace, type MeasureEvaluation, type Scalar } from '../../rules/eligibility.ts'
import { fenToYuan } from '../../rules/money.ts'
import { measureById, measures } from '../../rules/measures.ts'
import type { Citation } from '../../rules/sources.ts'
import { parameters } from '../../rules/parameters.ts'
import type { Profile } from '../../rules/profile.ts'
import type { MessageKey } from '../../i18n/zh-Hans.ts'
import { formatFen, formatNumber, formatYuanAsGiven } from '../lib/format.ts'
import type { Params, Translator } from '../lib/messages.ts'
import type { EligibilityResponseDto, EligibilityResultDto } from '../schemas.ts'
import { citationDto } from './content.ts'

/** Renders rule results in one language. It decides nothing: statuses and amounts come from rules/. */

type ReasonDto = EligibilityResultDto['reasons'][number]

const outcomeOrder = { failed: 0, missing: 1, unstated: 2, passed: 3, info: 4 } as const satisfies Record<ReasonDto['outcome'], number>

const field = (pointer: string) => pointer.slice(pointer.lastIndexOf('/') + 1)

function explanation(result: MeasureEvaluation, t: Translator): string | null {
  if (!result.amount) return null
  const step = (suffix: string) => result.steps.find((s) => s.code === `${result.measureId}.${suffix}`)
  const money = (s: AmountStep | undefined) => (s ? formatFen(s.value as bigint, t) : '')
  const number = (s: AmountStep | undefined) => (s ? formatNumber(Number(s.value), t) : '')
  const amount = formatFen(result.amount.maxFen, t)
  switch (result.measureId) {
    case 'industrial-foundation': {
      const base = step('base')!
      const rd = base.inputs['/profile/cabbageHeartProject/rdInvestmentYuan'] as number
      const rate = formatNumber(parameters['industrial-foundation.rd-funding-rate'].value, t)
      return t('explain.industrial-foundation', { rd: formatYuanAsGiven(rd, t), rate, base: money(base), cap: money(step('cap')), amount })
    }
    case 'innovation-relay':
      return t('explain.innovation-relay', { funding: money(step('base')), cap: money(step('cap')), amount })
    case 'spring-shoots': {
      // Say which caps bound the amount before the arithmetic that uses them.
      const rate = step('rate')!
      const area = step('area')!
      const areaCap = step('area-cap')!
      const actualRate = rate.inputs['/profile/rent/yuanPerSqmPerDay'] as number
      const actualArea = area.inputs['/profile/rent/areaSqm'] as number
      const clauses: string[] = []
      if (actualRate > Number(rate.value)) clauses.push(t('explain.spring-shoots.rate-capped', { actual: formatNumber(actualRate, t), rate: number(rate) }))
      if (actualArea > Number(area.value)) {
        const threshold = formatNumber(parameters['spring-shoots.staff-threshold'].value, t)
        const under = areaCap.parameters.includes('spring-shoots.area-cap-under-threshold')
        const staff = t(under ? 'explain.spring-shoots.staff-under' : 'explain.spring-shoots.staff-at-or-over', { threshold })
        clauses.push(t('explain.spring-shoots.area-capped', { actual: formatNumber(actualArea, t), staff, area: number(area) }))
      }
      const arithmetic = t('explain.spring-shoots', {
        rate: number(rate),
        area: number(area),
        days: formatNumber(parameters['spring-shoots.days-per-year'].value, t),
        perYear: formatFen(result.amount.perYearFen!, t),
        years: formatNumber(parameters['spring-shoots.subsidy-years'].value, t),
        total: amount,
      })
      return [...clauses, arithmetic].join(t.language === 'en' ? ' ' : '')
    }
    case 'incubator-building':
      return t('explain.incubator-building', { years: formatNumber(parameters['incubator-building.operating-support-years'].value, t), amount })
    case 'leading-industry-chains':
      return t('explain.leading-industry-chains', { quota: money(step('quota')), cap: money(step('cap')), amount })
    case 'future-industries-outlook':
      return t('explain.future-industries-outlook', { amount })
    default:
      return null
  }
}

/** Where the source states why an amount needs an input (e.g. headcount sets the area cap). */
const neededInputCitation: Record<string, Citation> = {
  employees: parameters['spring-shoots.staff-threshold'].citation,
  areaSqm: parameters['spring-shoots.rent-rate-cap'].citation,
  yuanPerSqmPerDay: parameters['spring-shoots.rent-rate-cap'].citation,
  rdInvestmentYuan: parameters['industrial-foundation.rd-funding-rate'].citation,
  fundingYuan: parameters['innovation-relay.matching-ratio'].citation,
  listQuotaYuan: parameters['leading-industry-chains.project-cap'].citation,
}
/** Parameters a reason text may mention, in the reader's words (enum values are translated). */
function reasonParams(condition: ConditionTrace, t: Translator): Params {
  const params: Params = {}
  for (const [pointer, value] of Object.entries(condition.inputs)) {
    const name = field(pointer)
    if (typeof value === 'number') params[name] = formatNumber(value, t)
    else if (typeof value === 'string') params[name] = t.maybe(`enum.${name}.${value}`) ?? value
  }
  return params
}

function reasons(result: MeasureEvaluation, t: Translator): ReasonDto[] {
  const items: ReasonDto[] = result.conditions.map((condition) => {
    const variant = condition.variant === 'none' && t.maybe(`reason.${condition.code}.none`) !== undefined ? 'none' : condition.outcome
    return {
      code: condition.code,
      kind: 'condition',
      outcome: condition.outcome,
      passed: condition.outcome === 'passed',
      text: t(`reason.${condition.code}.${variant}` as MessageKey, reasonParams(condition, t)),
      citation: citationDto(condition.citation, t),
    }
  })
  // Inputs an amount still needs, which no condition's reason already asks for.
  const asked = new Set(result.conditions.filter((c) => c.outcome === 'missing').flatMap((c) => Object.keys(c.inputs)))
  for (const pointer of result.missing) {
    const name = field(pointer)
    const text = t.maybe(`needs.${name}`)
    if (asked.has(pointer) || text === undefined) continue
    items.push({
      code: `${result.measureId}.needs.${name}`,
      kind: 'input',
      outcome: 'missing',
      passed: false,
      text,
      citation: citationDto(neededInputCitation[name] ?? measureById.get(result.measureId)!.citation, t),
    })
  }
  for (const note of result.notes) {
    items.push({
      code: note.code,
      kind: 'note',
      outcome: 'info',
      passed: true,
      text: t(`measure.${result.measureId}.note.${note.code.slice(result.measureId.length + 1)}` as MessageKey),
      citation: citationDto(note.citation, t),
    })
  }
  // Failed conditions first, then missing ones, then passed ones, then notes (a stable sort).
  return items.sort((a, b) => outcomeOrder[a.outcome] - outcomeOrder[b.outcome])
}

/** Trace inputs as served: an input the client left out reads as null. */
const inputsDto = (inputs: Readonly<Record<string, Scalar | undefined>>) => {
  const dto: Record<string, Scalar> = {}
  for (const pointer in inputs) dto[pointer] = inputs[pointer] ?? null
  return dto
}

function resultDto(result: MeasureEvaluation, t: Translator): EligibilityResultDto {
  const { amount } = result
  return {
    measureId: result.measureId,
    title: t(`measure.${result.measureId}.title`),
    status: result.status,
    statusText: t(`status.${result.status}`),
    amount: amount && {
      maxYuan: fenToYuan(amount.maxFen),
      ...(amount.perYearFen !== undefined && { perYearYuan: fenToYuan(amount.perYearFen) }),
      text: formatFen(amount.maxFen, t),
    },
    explanation: explanation(result, t),
    missing: result.missing,
    trace: {
      conditions: result.conditions.map((c) => ({ code: c.code, outcome: c.outcome, inputs: inputsDto(c.inputs), parameters: c.parameters })),
      steps: result.steps.map((s) => ({
        code: s.code,
        value: s.unit === 'fen' ? fenToYuan(s.value as bigint) : Number(s.value),
        unit: s.unit === 'fen' ? 'CNY' : s.unit,
        parameters: s.parameters,
        inputs: inputsDto(s.inputs),
      })),
    },
    reasons: reasons(result, t),
  }
}

export function eligibilityDto(profile: Profile, t: Translator): EligibilityResponseDto {
  return {
    results: evaluate(profile).map((result) => resultDto(result, t)),
    notEvaluated: measures
      .filter((m) => !m.evaluated)
      .map((m) => ({ measureId: m.id, title: t(`measure.${m.id}.title`), reason: t('status.not-evaluated') })),
  }
}
