import { evaluate, type ConditionTrace, type MeasureEvaluation, type Scalar, type Sentence, type Term } from '../../rules/eligibility.ts'
import { decimal, fenToYuan, type Decimal } from '../../rules/money.ts'
import { measures } from '../../rules/measures.ts'
import type { Profile } from '../../rules/profile.ts'
import type { MessageKey } from '../../i18n/zh-Hans.ts'
import { formatFen, formatNumber, formatYuanAsGiven, moneyStyle, type MoneyStyle } from '../lib/format.ts'
import type { Params, Translator } from '../lib/messages.ts'
import type { EligibilityResponseDto, EligibilityResultDto } from '../schemas.ts'
import { citationDto } from './content.ts'

/** Renders rule results in one language. It decides nothing: statuses, amounts and explanations come from rules/. */

type ReasonDto = EligibilityResultDto['reasons'][number]

const outcomeOrder = { failed: 0, missing: 1, unstated: 2, passed: 3, info: 4 } as const satisfies Record<ReasonDto['outcome'], number>

const field = (pointer: string) => pointer.slice(pointer.lastIndexOf('/') + 1)

function termText(term: Term, t: Translator, style: MoneyStyle): string {
  switch (term.kind) {
    case 'fen':
      return formatFen(term.value, t, style)
    case 'number':
      return formatNumber(term.value, t)
    case 'yuan-as-given':
      return formatYuanAsGiven(term.value, t, style)
    case 'clause':
      return sentenceText(term.value, t, style)
  }
}

function sentenceText({ key, params }: Sentence, t: Translator, style: MoneyStyle): string {
  const texts: Params = {}
  for (const name in params) texts[name] = termText(params[name]!, t, style)
  return t(key as MessageKey, texts)
}

/** Chinese sentences end in 。 and follow on directly; English ones are separated by a space. */
const explanationText = (sentences: Sentence[], t: Translator, style: MoneyStyle) =>
  sentences.map((s) => sentenceText(s, t, style)).join(t.language === 'en' ? ' ' : '')

/** Every amount of money a response writes: the amounts, and those its explanations quote (inputs included). */
function* amountsOf(results: readonly MeasureEvaluation[]): Generator<Decimal> {
  const inSentence = function* ({ params }: Sentence): Generator<Decimal> {
    for (const name in params) {
      const term = params[name]!
      if (term.kind === 'fen') yield { units: term.value, scale: 2 }
      else if (term.kind === 'yuan-as-given') yield decimal(term.value)
      else if (term.kind === 'clause') yield* inSentence(term.value)
    }
  }
  for (const result of results) {
    if (result.amount) yield { units: result.amount.maxFen, scale: 2 }
    for (const sentence of result.explanation ?? []) yield* inSentence(sentence)
  }
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
  for (const input of result.amountInputs) {
    const name = field(input.pointer)
    items.push({
      code: `${result.measureId}.needs.${name}`,
      kind: 'input',
      outcome: 'missing',
      passed: false,
      text: t(`needs.${name}` as MessageKey),
      citation: citationDto(input.citation, t),
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

function resultDto(result: MeasureEvaluation, t: Translator, style: MoneyStyle): EligibilityResultDto {
  const { amount } = result
  return {
    measureId: result.measureId,
    title: t(`measure.${result.measureId}.title`),
    status: result.status,
    statusText: t(`status.${result.status}`),
    amount: amount && {
      maxYuan: fenToYuan(amount.maxFen),
      ...(amount.perYearFen !== undefined && { perYearYuan: fenToYuan(amount.perYearFen) }),
      text: formatFen(amount.maxFen, t, style),
    },
    explanation: result.explanation && explanationText(result.explanation, t, style),
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
  const results = evaluate(profile)
  // One way of writing money per response: 131.4万元 beside 2,463,750元 would read as two scales.
  const style = moneyStyle(amountsOf(results), t.language)
  return {
    results: results.map((result) => resultDto(result, t, style)),
    notEvaluated: measures
      .filter((m) => !m.evaluated)
      .map((m) => ({ measureId: m.id, title: t(`measure.${m.id}.title`), reason: t('status.not-evaluated') })),
  }
}
