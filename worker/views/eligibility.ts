import { evaluate, type AmountStep, type ConditionTrace, type MeasureEvaluation } from '../../rules/eligibility.ts'
import { fenToYuan } from '../../rules/money.ts'
import { measureById, measures } from '../../rules/measures.ts'
import type { Citation } from '../../rules/sources.ts'
import { parameters } from '../../rules/parameters.ts'
import type { Profile } from '../../rules/profile.ts'
import type { MessageKey } from '../../i18n/zh-Hans.ts'
import { formatFen, formatNumber, formatYuanAsGiven } from '../lib/format.ts'
import type { Params, Translator } from '../lib/messages.ts'
import type { EligibilityResponseDto, EligibilityResultDto } from '../schemas.ts'
import { Utf8Writer } from '../lib/utf8-writer.ts'
import { citationDto } from './content.ts'

/** Renders rule results in one language. It decides nothing: statuses and amounts come from rules/. */

const outcomeOrder = { failed: 0, missing: 1, unstated: 2, passed: 3, info: 4 } as const

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

type ReasonDto = EligibilityResultDto['reasons'][number]

/** Where the source states why an amount needs an input (e.g. headcount sets the area cap). */
const neededInputCitation: Record<string, Citation> = {
  employees: parameters['spring-shoots.staff-threshold'].citation,
  areaSqm: parameters['spring-shoots.rent-rate-cap'].citation,
  yuanPerSqmPerDay: parameters['spring-shoots.rent-rate-cap'].citation,
  rdInvestmentYuan: parameters['industrial-foundation.rd-funding-rate'].citation,
  fundingYuan: parameters['innovation-relay.matching-ratio'].citation,
  listQuotaYuan: parameters['leading-industry-chains.project-cap'].citation,
}
type Outcome = ReasonDto['outcome']

/**
 * Parts of a response that repeat across requests (reason and note texts with their citations,
 * titles and status texts, the not-evaluated list) are kept per language as UTF-8 JSON and copied
 * into each body. Reasons that quote a number the client sent are rendered afresh (their variety
 * is unbounded; enum-valued ones are bounded and kept).
 */
type Chunks = Map<string, Uint8Array>
const chunksByLanguage = new Map<string, Chunks>()
const utf8 = new TextEncoder()

function chunksFor(language: string): Chunks {
  let chunks = chunksByLanguage.get(language)
  if (chunks === undefined) {
    chunks = new Map()
    chunksByLanguage.set(language, chunks)
  }
  return chunks
}

function chunk(chunks: Chunks, key: string, json: () => string): Uint8Array {
  let bytes = chunks.get(key)
  if (bytes === undefined) {
    bytes = utf8.encode(json())
    chunks.set(key, bytes)
  }
  return bytes
}

function writeReasons(w: Utf8Writer, result: MeasureEvaluation, t: Translator, chunks: Chunks): void {
  const items: { outcome: Outcome; json: Uint8Array | string }[] = []
  for (const condition of result.conditions) {
    const values = Object.values(condition.inputs)
    const variant = condition.variant === 'none' && t.maybe(`reason.${condition.code}.none`) !== undefined ? 'none' : condition.outcome
    const reason = (): string =>
      JSON.stringify({
        code: condition.code,
        kind: 'condition',
        outcome: condition.outcome,
        passed: condition.outcome === 'passed',
        text: t(`reason.${condition.code}.${variant}` as MessageKey, reasonParams(condition, t)),
        citation: citationDto(condition.citation, t),
      } satisfies ReasonDto)
    const fresh = values.some((v) => typeof v === 'number')
    items.push({ outcome: condition.outcome, json: fresh ? reason() : chunk(chunks, `${condition.code}|${variant}|${values.join('|')}`, reason) })
  }
  // Inputs an amount still needs, which no condition's reason already asks for.
  const asked = new Set(result.conditions.filter((c) => c.outcome === 'missing').flatMap((c) => Object.keys(c.inputs)))
  for (const pointer of result.missing) {
    if (asked.has(pointer)) continue
    const field = pointer.slice(pointer.lastIndexOf('/') + 1)
    const text = t.maybe(`needs.${field}`)
    if (!text) continue
    const citation = neededInputCitation[field] ?? measureById.get(result.measureId)!.citation
    const code = `${result.measureId}.needs.${field}`
    const json = chunk(chunks, code, () =>
      JSON.stringify({ code, kind: 'input', outcome: 'missing', passed: false, text, citation: citationDto(citation, t) } satisfies ReasonDto),
    )
    items.push({ outcome: 'missing', json })
  }
  for (const note of result.notes) {
    const key = note.code.slice(result.measureId.length + 1)
    const json = chunk(chunks, note.code, () =>
      JSON.stringify({
        code: note.code,
        kind: 'note',
        outcome: 'info',
        passed: true,
        text: t(`measure.${result.measureId}.note.${key}` as MessageKey),
        citation: citationDto(note.citation, t),
      } satisfies ReasonDto),
    )
    items.push({ outcome: 'info', json })
  }
  // Failed conditions first, then missing ones, then passed ones, then notes (a stable sort).
  items.sort((a, b) => outcomeOrder[a.outcome] - outcomeOrder[b.outcome])
  w.text(',"reasons":[')
  items.forEach(({ json }, i) => {
    if (i) w.text(',')
    if (typeof json === 'string') w.text(json)
    else w.bytes(json)
  })
  w.text(']')
}

/** JSON of the strings and string lists that repeat in traces (codes, pointers, parameter ids). */
const stringJson = new Map<string, string>()
const listJson = new Map<string, string>()
function literal(value: string): string {
  let json = stringJson.get(value)
  if (json === undefined) {
    json = JSON.stringify(value)
    stringJson.set(value, json)
  }
  return json
}
function list(values: readonly string[]): string {
  if (values.length === 0) return '[]'
  const key = values.length === 1 ? values[0]! : values.join('\u0000')
  let json = listJson.get(key)
  if (json === undefined) {
    json = JSON.stringify(values)
    listJson.set(key, json)
  }
  return json
}

/** An inputs object of a trace, written key by key (JSON pointers repeat; values come from the client). */
function inputsJson(inputs: Readonly<Record<string, unknown>>): string {
  let json = ''
  for (const pointer in inputs) json += `${json ? ',' : '{'}${literal(pointer)}:${JSON.stringify(inputs[pointer] ?? null)}`
  return json ? `${json}}` : '{}'
}

/**
 * One result. Key order follows EligibilityResultSchema: measureId, title, status, statusText,
 * amount, explanation, missing, trace, reasons. Only amounts, the explanation, the client's
 * inputs and reasons quoting them are new text; the rest is copied from kept chunks.
 */
function writeResult(w: Utf8Writer, result: MeasureEvaluation, t: Translator, chunks: Chunks): void {
  const amount = result.amount
  w.bytes(
    chunk(chunks, `head|${result.measureId}|${result.status}`, () =>
      JSON.stringify({
        measureId: result.measureId,
        title: t(`measure.${result.measureId}.title`),
        status: result.status,
        statusText: t(`status.${result.status}`),
      }).slice(0, -1),
    ),
  )
  w.text(',"amount":')
  w.text(
    amount
      ? `{"maxYuan":${fenToYuan(amount.maxFen)}${amount.perYearFen !== undefined ? `,"perYearYuan":${fenToYuan(amount.perYearFen)}` : ''},"text":${JSON.stringify(formatFen(amount.maxFen, t))}}`
      : 'null',
  )
  const text = explanation(result, t)
  let trace = `,"explanation":${text === null ? 'null' : JSON.stringify(text)},"missing":${list(result.missing)},"trace":{"conditions":[`
  result.conditions.forEach((c, i) => {
    trace += `${i ? ',' : ''}{"code":${literal(c.code)},"outcome":"${c.outcome}","inputs":${inputsJson(c.inputs)},"parameters":${list(c.parameters)}}`
  })
  trace += '],"steps":['
  result.steps.forEach((s, i) => {
    const unit = s.unit === 'fen' ? 'CNY' : s.unit
    trace += `${i ? ',' : ''}{"code":${literal(s.code)},"value":${stepValue(s)},"unit":${literal(unit)},"parameters":${list(s.parameters)},"inputs":${inputsJson(s.inputs)}}`
  })
  w.text(`${trace}]}`)
  writeReasons(w, result, t, chunks)
  w.text('}')
}

/** The EligibilityResponse body as UTF-8 JSON (its shape is checked against the schema in tests). */
export function eligibilityBody(profile: Profile, t: Translator): Uint8Array {
  const chunks = chunksFor(t.language)
  const w = new Utf8Writer(24 * 1024)
  w.text('{"results":[')
  evaluate(profile).forEach((result, i) => {
    if (i) w.text(',')
    writeResult(w, result, t, chunks)
  })
  w.text('],"notEvaluated":')
  w.bytes(
    chunk(chunks, 'notEvaluated', () =>
      JSON.stringify(
        measures
          .filter((m) => !m.evaluated)
          .map((m) => ({ measureId: m.id, title: t(`measure.${m.id}.title`), reason: t('status.not-evaluated') })) satisfies EligibilityResponseDto['notEvaluated'],
      ),
    ),
  )
  return w.text('}').finish()
}
