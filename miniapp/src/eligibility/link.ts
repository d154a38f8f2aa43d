/**
 * The answers in a results link (`/pages/results/index?a=…`), so a colleague opens the same
 * result. Versioned and compact: `1.` then one character per yes/no question or choice, then
 * the numbers as typed, each after a `~`. Every character is safe in a URL unescaped.
 *   1.yyn y… ~800~1.8~60~~1200~   (spaces added here for reading)
 */
import { futureIndustryFields, majorProjectLevels, openCompetitionIndustries } from './enums.ts'
import { emptyAnswers, isNumberField, normaliseNumberText, parseNumber, restoreAnswers, type Answers, type NumberField } from './form.ts'

const version = '1.'
const fields = Object.keys(emptyAnswers) as (keyof Answers)[]
const numberFields = fields.filter(isNumberField)
const letterFields = fields.filter((k) => !isNumberField(k))
const tri: Record<string, string> = { '': '_', yes: 'y', no: 'n', unsure: 'u' }
const lists: Partial<Record<keyof Answers, readonly string[]>> = {
  majorLevel: majorProjectLevels,
  openIndustry: openCompetitionIndustries,
  futureField: futureIndustryFields,
}
const numberText = /^(\d+\.?\d*|\.\d+)?$/

function letter(key: keyof Answers, value: string): string {
  const list = lists[key]
  if (!list) return tri[value] ?? '_'
  const index = list.indexOf(value)
  return index < 0 ? '_' : index.toString(36) // lists stay under 36 entries (test/miniapp/link.test.ts)
}

export function encodeAnswers(answers: Answers): string {
  const letters = letterFields.map((k) => letter(k, answers[k])).join('')
  const numbers = numberFields.map((k: NumberField) => {
    const text = normaliseNumberText(answers[k])
    return numberText.test(text) ? text : ''
  })
  return `${version}${[letters, ...numbers].join('~')}`
}

export type DecodedAnswers = { ok: true; answers: Answers } | { ok: false; reason: 'version' | 'broken' }

/** Reads a link's answers; anything but a well-formed version-1 code is refused, never guessed at. */
export function decodeAnswers(code: string): DecodedAnswers {
  if (!code.startsWith(version)) return { ok: false, reason: /^\d+\./.test(code) ? 'version' : 'broken' }
  const [letters, ...numbers] = code.slice(version.length).split('~')
  if (letters.length !== letterFields.length || numbers.length !== numberFields.length) return { ok: false, reason: 'broken' }
  const raw: Record<string, string> = {}
  for (const [i, key] of letterFields.entries()) {
    const list = lists[key]
    const value = list ? (letters[i] === '_' ? '' : list[parseInt(letters[i], 36)]) : Object.keys(tri).find((v) => tri[v] === letters[i])
    if (value === undefined || (list && letters[i] !== '_' && letter(key, value) !== letters[i])) return { ok: false, reason: 'broken' }
    raw[key] = value
  }
  for (const [i, key] of numberFields.entries()) {
    // A number the form itself would refuse (out of range, too many decimals) was never shared by it.
    if (!numberText.test(numbers[i]) || numbers[i].length > 40 || !parseNumber(key, numbers[i]).ok) return { ok: false, reason: 'broken' }
    raw[key] = numbers[i]
  }
  return { ok: true, answers: restoreAnswers(raw) }
}

/** The results page for these answers: the link a person shares. */
export const resultsUrl = (answers: Answers) => `/pages/results/index?a=${encodeAnswers(answers)}`
