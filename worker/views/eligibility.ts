import { evaluate, type AmountStep, type ConditionTrace, type MeasureEvaluation } from '../../rules/eligibility.ts'
import { fen, fenToYuan } from '../../rules/money.ts'
import { measures } from '../../rules/measures.ts'
import { parameters } from '../../rules/parameters.ts'
import type { Profile } from '../../rules/profile.ts'
import type { MessageKey } from '../../i18n/zh-Hans.ts'
import { formatFen, formatNumber } from '../lib/format.ts'
import type { Params, Translator } from '../lib/messages.ts'
import type { EligibilityResponseDto, EligibilityResultDto } from '../schemas.ts'
import { citationDto } from './content.ts'

/** Renders rule results in one language. It decides nothing: statuses and amounts come from rules/. */

const outcomeOrder = { failed: 0, missing: 1, passed: 2, info: 3 } as const

function stepValue(step: AmountStep): number {
  return step.unit === 'fen' ? fenToYuan(step.value as bigint) : Number(step.value)
}

/** Parameters a reason text may mention, in the reader's words (enum values are translated). */
function reasonParams(condition: ConditionTrace, t: Translator): Params {
  const params: Params = {}
  for (const [pointer, value] of Object.entries(condition.inputs)) {
    const name = pointer.slice(pointer.lastIndexOf('/') + 1)
    if (typeof value === 'number') params[name] = formatNumber(value, t)
    else if (typeof value === 'string') params[name] = t.maybe(`enum.${name}.${value}`) ?? value
  }
  return params
}

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
      const common = { rd: formatFen(fen(rd), t), rate, base: money(base), amount }
      return step('cap')
        ? t('explain.industrial-foundation.capped', { ...common, cap: money(step('cap')) })
        : t('explain.industrial-foundation.uncapped', common)
    }
    case 'innovation-relay':
      return t('explain.innovation-relay', { funding: money(step('base')), cap: money(step('cap')), amount })
    case 'spring-shoots':
      return t('explain.spring-shoots', {
        rate: number(step('rate')),
        area: number(step('area')),
        days: formatNumber(parameters['spring-shoots.days-per-year'].value, t),
        perYear: formatFen(result.amount.perYearFen!, t),
        years: formatNumber(parameters['spring-shoots.subsidy-years'].value, t),
        total: amount,
      })
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

export function resultDto(result: MeasureEvaluation, t: Translator): EligibilityResultDto {
  const conditionReasons = result.conditions.map((condition) => ({
    code: condition.code,
    kind: 'condition' as const,
    outcome: condition.outcome,
    passed: condition.outcome === 'passed',
    text: t(`reason.${condition.code}.${condition.outcome}` as MessageKey, reasonParams(condition, t)),
    citation: citationDto(condition.citation),
  }))
  const noteReasons = result.notes.map((note) => {
    const [measureId, key] = [result.measureId, note.code.slice(result.measureId.length + 1)]
    return {
      code: note.code,
      kind: 'note' as const,
      outcome: 'info' as const,
      passed: true,
      text: t(`measure.${measureId}.note.${key}` as MessageKey),
      citation: citationDto(note.citation),
    }
  })
  const reasons = [...conditionReasons, ...noteReasons].sort((a, b) => outcomeOrder[a.outcome] - outcomeOrder[b.outcome])
  const amount = result.amount
  return {
    measureId: result.measureId,
    title: t(`measure.${result.measureId}.title`),
    status: result.status,
    statusText: t(`status.${result.status}`),
    amount: amount
      ? {
          maxYuan: fenToYuan(amount.maxFen),
          ...(amount.perYearFen !== undefined ? { perYearYuan: fenToYuan(amount.perYearFen) } : {}),
          text: formatFen(amount.maxFen, t),
        }
      : null,
    explanation: explanation(result, t),
    reasons,
    missing: result.missing,
    trace: {
      conditions: result.conditions.map((c) => ({
        code: c.code,
        outcome: c.outcome,
        inputs: Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, v ?? null])),
        parameters: c.parameters,
        citation: citationDto(c.citation),
      })),
      steps: result.steps.map((s) => ({
        code: s.code,
        value: stepValue(s),
        unit: s.unit === 'fen' ? ('CNY' as const) : s.unit,
        parameters: s.parameters,
        inputs: Object.fromEntries(Object.entries(s.inputs).map(([k, v]) => [k, v ?? null])),
      })),
    },
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
