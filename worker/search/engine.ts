import type { MessageKey } from '../../i18n/zh-Hans.ts'
import { measures } from '../../rules/measures.ts'
import { data } from '../lib/data.ts'
import type { Language } from '../lib/language.ts'
import { catalogs } from '../lib/messages.ts'
import { blankStopwords, chineseTerms, hasHan, toMainland } from './chinese.ts'
import { englishStems, englishWords } from './english.ts'

/**
 * BM25F over the measures' fields. Chinese queries, in any script or regional phrasing, are
 * normalized to mainland Simplified and matched as character bigrams against the zh-Hans text;
 * other queries are stemmed and matched against the English text. The generated index holds
 * each field's text in both forms (≈3,000 characters, ≈1,800 stems) and the concepts' phrases
 * (synonyms, in i18n/search.ts): a query scans them, so nothing is built.
 */
export type Script = 'zh' | 'en'
export interface SearchIndex {
  fields: {
    doc: number
    kind: 'title' | 'name' | 'summary' | 'benefit' | 'figure' | 'condition' | 'note' | 'glossary-term' | 'glossary-gloss'
    /** Benefit or note key, condition id, figure id or glossary id; null for title, name, summary. */
    key: string | null
    message: MessageKey
    /** The zh-Hans text normalized (chinese.ts); the English text's stems, joined by spaces. */
    zh: string
    en: string
  }[]
  concepts: { id: string; zh: string[]; en: string[] }[]
}
export type Field = SearchIndex['fields'][number]
const { fields, concepts } = await data<SearchIndex>(import('./generated/index.json.bin'))

/** [weight, snippet preference]: title and name hits outrank body hits; body text makes the better snippet. */
const kinds: Readonly<Record<Field['kind'], readonly [number, number]>> = {
  title: [5, 0.6], name: [5, 0.8], 'glossary-term': [4, 0.8], summary: [1.5, 1.2], benefit: [1, 1.1],
  condition: [1, 1], figure: [0.7, 0.9], note: [0.7, 1], 'glossary-gloss': [0.5, 0.9],
}
const weight = (field: number) => kinds[fields[field]!.kind][0]
const K1 = 1.2
/** Bonus per unit of field weight when a whole query segment (Chinese) or word pair (English) appears as written. */
const PHRASE = 0.3
/** A result must match at least this share of the query (by IDF). */
const MIN_COVERAGE = 0.5

const docCount = measures.length
const saturate = (weightedTf: number) => (weightedTf * (K1 + 1)) / (weightedTf + K1)
const idf = (df: number) => Math.log(1 + (docCount - df + 0.5) / (df + 0.5))
const idfOf = (held: readonly number[]) => idf(new Set(held.map((field) => fields[field]!.doc)).size)

/**
 * All fields' texts in one string per script, and the field at each of its offsets, so that a
 * word is looked for once, not field by field. Joined on first use; a line break ends every
 * field, so no word or phrase runs from one into the next.
 */
const corpora: Partial<Record<Script, { text: string; fieldAt: Uint16Array }>> = {}
function corpus(script: Script) {
  if (!corpora[script]) {
    const texts = fields.map((field) => (script === 'en' ? ` ${field.en} \n` : `${field.zh}\n`))
    const text = texts.join('')
    const fieldAt = new Uint16Array(text.length)
    for (let field = 0, at = 0; field < texts.length; at += texts[field++]!.length) fieldAt.fill(field, at, at + texts[field]!.length)
    corpora[script] = { text, fieldAt }
  }
  return corpora[script]
}

/** Every place of `word` in `text`, overlapping ones included. */
function placesIn(text: string, word: string): number[] {
  const places: number[] = []
  for (let at = text.indexOf(word); at >= 0 && word; at = text.indexOf(word, at + 1)) places.push(at)
  return places
}

/**
 * How often each field holds `word` (stems between spaces and ASCII words whole, Han characters
 * anywhere), and the fields that do, in order.
 */
function counts(script: Script, word: string): { tf: number[]; held: number[] } {
  const { text, fieldAt } = corpus(script)
  const tf: number[] = new Array(fields.length).fill(0)
  const held: number[] = []
  // A neighbour that would put the match inside a longer stem or ASCII word.
  const part = script === 'en' ? /[^ ]/ : hasHan(word) ? null : /[a-z0-9]/
  for (const at of placesIn(text, word)) {
    if (part?.test((text[at - 1] ?? '') + (text[at + word.length] ?? ''))) continue
    const field = fieldAt[at]!
    if (tf[field]!++ === 0) held.push(field)
  }
  return { tf, held }
}
const holding = (script: Script, words: readonly string[]) => [...new Set(words.flatMap((word) => counts(script, word).held))].sort((a, b) => a - b)
/** The fields holding a concept, and its IDF, worked out the first time a query has it. */
const heldConcepts = { zh: new Map<string, Omit<Phrase, 'text'>>(), en: new Map<string, Omit<Phrase, 'text'>>() }
function conceptHeld(script: Script, { id, [script]: phrases }: SearchIndex['concepts'][number]): Omit<Phrase, 'text'> {
  let held = heldConcepts[script].get(id)
  if (!held) {
    const holders = holding(script, phrases)
    heldConcepts[script].set(id, (held = { fields: holders, idf: idfOf(holders) }))
  }
  return held
}

interface Phrase {
  text: string
  /** The fields holding it. */
  fields: number[]
  idf: number
}
interface Term extends Phrase {
  /** Where it first occurs: offsets in the normalized query (Chinese) or word positions (English). */
  from: number
  to: number
  tf: number[]
  /** Counted towards coverage (an unknown bigram straddling two known words is not). */
  counted: boolean
}
/** A concept at the longest place it was found; a measure holding it matches the terms it covers. */
interface FoundConcept extends Phrase {
  id: string
  from: number
  to: number
  covers: number[]
}
export interface QueryPlan {
  script: Script
  normalized: string
  terms: Term[]
  phrases: Phrase[]
  concepts: FoundConcept[]
}

/**
 * Each term once, where it first occurs; each concept some field holds, at the longest place one
 * of its phrases was found (the earliest if as long), in the order their first places come.
 */
function plan(script: Script, normalized: string, words: { text: string; from: number }[], placesOf: (phrase: string) => number[], length: (phrase: string) => number): QueryPlan {
  const terms: Term[] = []
  for (const { text, from } of words) {
    if (terms.some((t) => t.text === text)) continue
    const { tf, held } = counts(script, text)
    terms.push({ text, from, to: from + (script === 'zh' ? text.length : 1), tf, fields: held, idf: idfOf(held), counted: true })
  }
  const found: (FoundConcept & { first: number })[] = []
  for (const concept of concepts) {
    const { id, [script]: phrases } = concept
    let best: { text: string; from: number; to: number } | undefined
    let first = Infinity
    for (const text of phrases) {
      for (const from of placesOf(text)) {
        const to = from + length(text)
        first = Math.min(first, from)
        if (!best || to - from > best.to - best.from || (to - from === best.to - best.from && from < best.from)) best = { text, from, to }
      }
    }
    const held = best && conceptHeld(script, concept)
    if (!best || !held?.fields.length) continue
    const covers = terms.flatMap((t, i) => (t.from >= best.from && t.to <= best.to ? [i] : []))
    found.push({ ...best, ...held, id, covers, first })
  }
  return { script, normalized, terms, phrases: [], concepts: found.sort((a, b) => a.first - b.first) }
}

function planChinese(query: string): QueryPlan {
  const normalized = toMainland(query).text
  const blanked = blankStopwords(normalized)
  const planned = plan('zh', normalized, chineseTerms(blanked), (phrase) => placesIn(normalized, phrase), (phrase) => phrase.length)
  const { terms } = planned
  // 房租补贴申请 → 贴申 is no word: an unknown bigram next to a known one is a word boundary.
  for (const t of terms) {
    if (t.fields.length === 0 && t.text.length === 2 && hasHan(t.text)) t.counted = !terms.some((k) => k.fields.length > 0 && k.text.length === 2 && Math.abs(k.from - t.from) === 1)
  }
  for (const { 0: text, index: from } of blanked.matchAll(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}/g)) {
    const inside = terms.filter((t) => t.from >= from && t.to <= from + text.length)
    if (inside.every((t) => t.fields.length > 0)) planned.phrases.push({ text, fields: holding('zh', [text]), idf: inside.reduce((sum, t) => sum + t.idf, 0) })
  }
  return planned
}

function planEnglish(query: string): QueryPlan {
  const stems = englishStems(query)
  const joined = ` ${stems.join(' ')} `
  const placesOf = (phrase: string) => {
    const words = joined.includes(` ${phrase} `) ? phrase.split(' ') : []
    return words.length === 0 ? [] : stems.flatMap((_, at) => (words.every((w, j) => stems[at + j] === w) ? [at] : []))
  }
  const normalized = query.trim().toLowerCase().replace(/\s+/g, ' ')
  const planned = plan('en', normalized, stems.map((text, from) => ({ text, from })), placesOf, (phrase) => phrase.split(' ').length)
  const idfOfStem = (stem: string) => planned.terms.find((t) => t.text === stem)!.idf
  for (let i = 1; i < stems.length; i++) {
    const text = `${stems[i - 1]} ${stems[i]}`
    const held = holding('en', [text])
    if (held.length > 0) planned.phrases.push({ text, fields: held, idf: idfOfStem(stems[i - 1]!) + idfOfStem(stems[i]!) })
  }
  return planned
}

export interface Hit {
  doc: number
  score: number
  /** The measure's matching fields, best snippet first. */
  fields: number[]
  /** The query's concepts this measure holds. */
  concepts: FoundConcept[]
}

export function search(query: string): { plan: QueryPlan; hits: Hit[] } {
  const plan = hasHan(query) ? planChinese(query) : planEnglish(query)
  const score = new Float64Array(docCount)
  const fieldScore = new Float64Array(fields.length)
  /** Adds gain(w) to each measure holding the item: w is its fields' sum of weight × tf (terms) or their best weight. */
  const add = ({ fields: held, idf }: Phrase, gain: (w: number) => number, tf?: number[]) => {
    const perDoc = new Float64Array(docCount)
    for (const field of held) {
      const doc = fields[field]!.doc
      perDoc[doc] = tf ? perDoc[doc]! + weight(field) * tf[field]! : Math.max(perDoc[doc]!, weight(field))
      fieldScore[field] += idf
    }
    perDoc.forEach((w, doc) => {
      if (w > 0) score[doc] += gain(w)
    })
  }
  for (const term of plan.terms) add(term, (w) => term.idf * saturate(w), term.tf)
  for (const phrase of plan.phrases) add(phrase, (w) => PHRASE * phrase.idf * w)
  for (const concept of plan.concepts) add(concept, (w) => concept.idf * saturate(w))
  const docsOf = (item: Phrase) => new Set(item.fields.map((field) => fields[field]!.doc))
  // The measures matching each term: those holding it or a concept found where the term is.
  const matching = plan.terms.map(docsOf)
  for (const concept of plan.concepts) for (const t of concept.covers) for (const doc of docsOf(concept)) matching[t]!.add(doc)
  const idfSum = (terms: number[]) => terms.reduce((sum, t) => sum + plan.terms[t]!.idf, 0)
  const counted = plan.terms.flatMap((term, t) => (term.counted ? [t] : []))
  const hits: Hit[] = []
  for (let doc = 0; doc < docCount; doc++) {
    const coverage = idfSum(counted.filter((t) => matching[t]!.has(doc))) / idfSum(counted)
    if (score[doc]! <= 0 || counted.length === 0 || coverage < MIN_COVERAGE) continue
    // The best four fields for a snippet (ties: the earlier field).
    const rank = (field: number) => fieldScore[field]! * kinds[fields[field]!.kind][1]
    const own: number[] = []
    for (let field = 0; field < fields.length; field++) if (fields[field]!.doc === doc && rank(field) > 0) own.push(field)
    hits.push({ doc, score: score[doc]! * coverage, fields: own.sort((a, b) => rank(b) - rank(a)).slice(0, 4), concepts: plan.concepts.filter((c) => docsOf(c).has(doc)) })
  }
  return { plan, hits: hits.sort((a, b) => b.score - a.score) }
}

// Snippets ----------------------------------------------------------------------------------

export interface Highlight {
  start: number
  end: number
}
export interface Snippet {
  field: Field
  text: string
  highlights: Highlight[]
}
const phrasesOf = (found: readonly FoundConcept[], script: Script) => found.flatMap((c) => concepts.find((k) => k.id === c.id)![script])

/** Per language and field, its text normalized (Chinese) or its words (English), on first use. */
const mainlandTexts: Partial<Record<Language, ReturnType<typeof toMainland>[]>> = {}
const englishTexts: ReturnType<typeof englishWords>[] = []

/** The ranges in order, each joined to the one before when `joins` the text between them. */
function join(ranges: Highlight[], text: string, joins: (gap: string) => boolean): Highlight[] {
  const joined: Highlight[] = []
  for (const r of ranges.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = joined[joined.length - 1]
    if (last && joins(text.slice(last.end, r.start))) last.end = Math.max(last.end, r.end)
    else joined.push({ ...r })
  }
  return joined
}

/**
 * In a field's text in any Chinese variant: the query's segments and its concepts' phrases, or
 * when none occurs, its known bigrams; overlapping or touching ranges join.
 */
function chineseHighlights(plan: QueryPlan, found: readonly FoundConcept[], language: Language, field: number): Highlight[] {
  const { text, origin } = ((mainlandTexts[language] ??= [])[field] ??= toMainland(catalogs[language]![fields[field]!.message]))
  const own = plan.script === 'zh'
  const findAll = (words: string[]) => words.flatMap((word) => placesIn(text, word).map((at) => ({ start: at, end: at + word.length })))
  let ranges = findAll([...phrasesOf(found, 'zh'), ...(own ? plan.phrases.map((p) => p.text) : [])])
  if (ranges.length === 0 && own) ranges = findAll(plan.terms.flatMap((t) => (t.fields.length > 0 ? [t.text] : [])))
  return join(ranges, text, (gap) => gap === '').map(({ start, end }) => ({ start: origin[start]!, end: Math.max(origin[start]! + 1, origin[end]!) }))
}

/** In a field's English text: the words that are query terms or in its concepts' phrases; neighbours join. */
function englishHighlights(plan: QueryPlan, found: readonly FoundConcept[], field: number): Highlight[] {
  const stems = fields[field]!.en.split(' ')
  const marked = stems.map((stem) => plan.script === 'en' && plan.terms.some((t) => t.fields.length > 0 && t.text === stem))
  for (const words of phrasesOf(found, 'en').map((phrase) => phrase.split(' '))) {
    for (let i = 0; i + words.length <= stems.length; i++) if (words.every((w, j) => stems[i + j] === w)) marked.fill(true, i, i + words.length)
  }
  const ranges = (englishTexts[field] ??= englishWords(catalogs.en![fields[field]!.message])).flatMap(({ start, end }, i) => (marked[i] ? [{ start, end }] : []))
  return join(ranges, catalogs.en![fields[field]!.message], (gap) => /^[\s\-–]+(?:(?:of|and|the|for|to|a|an)[\s\-–]+)?$/i.test(gap))
}

/** A long text cut to a window around its longest highlight, after a clause or sentence break, with … where cut. */
function excerpt(field: Field, text: string, highlights: Highlight[], script: Script): Snippet {
  const max = script === 'zh' ? 64 : 180
  if (text.length <= max) return { field, text, highlights }
  const first = highlights.reduce<Highlight | undefined>((best, h) => (!best || h.end - h.start > best.end - best.start ? h : best), undefined)?.start ?? 0
  let start = 0
  if (first > (script === 'zh' ? 16 : 60)) {
    const back = text.slice(Math.max(0, first - (script === 'zh' ? 24 : 90)), first)
    const offset = first - back.length
    const boundary = script === 'zh' ? Math.max(...[...'。；：，、'].map((mark) => back.lastIndexOf(mark))) : back.search(/[.;:!?]\s(?!.*[.;:!?]\s)/)
    if (boundary >= 0) start = offset + boundary + (script === 'zh' ? 1 : 2)
    else start = script === 'zh' ? first - 12 : offset + Math.max(0, back.indexOf(' ') + 1)
  }
  let end = Math.min(text.length, start + max)
  if (script === 'en' && end < text.length && text.lastIndexOf(' ', end) > start + max / 2) end = text.lastIndexOf(' ', end)
  const lead = start > 0 ? 1 : 0
  const shifted = highlights.map((h) => ({ start: Math.max(h.start, start) - start + lead, end: Math.min(h.end, end) - start + lead }))
  return { field, text: (lead ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : ''), highlights: shifted.filter((h) => h.end > h.start) }
}

/**
 * The best matching field of each hit, in the response language, with the matched words marked:
 * the query's own when it is in that language's script, else its concepts' (白菜心 → "cabbage heart").
 */
export function snippets({ plan, hits }: ReturnType<typeof search>, language: Language): Snippet[] {
  const script: Script = language === 'en' ? 'en' : 'zh'
  return hits.map((hit) => {
    let chosen: Snippet | undefined
    for (const i of hit.fields.length > 0 ? hit.fields : [fields.findIndex((f) => f.doc === hit.doc)]) {
      const [field, text] = [fields[i]!, catalogs[language]![fields[i]!.message]]
      const highlights = script === 'en' ? englishHighlights(plan, hit.concepts, i) : chineseHighlights(plan, hit.concepts, language, i)
      chosen = highlights.length > 0 || !chosen ? { field, text, highlights } : chosen
      if (highlights.length > 0) break
    }
    return excerpt(chosen!.field, chosen!.text, chosen!.highlights, script)
  })
}
