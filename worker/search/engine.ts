import { glossary } from '../../i18n/glossary.ts'
import type { MessageKey } from '../../i18n/zh-Hans.ts'
import { measures, type Measure } from '../../rules/measures.ts'
import type { Language } from '../lib/language.ts'
import { catalogs } from '../lib/messages.ts'
import { blankStopwords, chineseTerms, hasHan, isHan, normalizeChinese, toSearchText, type Aligned } from './chinese.ts'
import { concepts, glossaryMeasures } from './concepts.ts'
import { englishTokens, type EnglishToken } from './english.ts'

/**
 * A small BM25F search over the measures. Chinese queries, in any script or regional phrasing,
 * are normalized to mainland Simplified and matched as character bigrams against the zh-Hans
 * text; other queries are stemmed and matched against the English text. Both indexes are built
 * once per isolate, on the first query that needs them.
 */

export type FieldKind = 'title' | 'name' | 'summary' | 'benefit' | 'figure' | 'condition' | 'note' | 'glossary-term' | 'glossary-gloss'

/** Title and name hits outrank body hits: the weights enter BM25F and the phrase bonus. */
const weights: Readonly<Record<FieldKind, number>> = {
  title: 5,
  name: 5,
  'glossary-term': 4,
  summary: 1.5,
  benefit: 1,
  condition: 1,
  figure: 0.7,
  note: 0.7,
  'glossary-gloss': 0.5,
}

/** Which field makes the best snippet when several match equally: body text shows context. */
const snippetPreference: Readonly<Record<FieldKind, number>> = {
  summary: 1.2,
  benefit: 1.1,
  condition: 1,
  note: 1,
  figure: 0.9,
  'glossary-gloss': 0.9,
  name: 0.8,
  'glossary-term': 0.8,
  title: 0.6,
}

export interface Field {
  doc: number
  kind: FieldKind
  /** Benefit or note key, condition id, figure id or glossary id; null for title, name, summary. */
  key: string | null
  message: MessageKey
  weight: number
  snippetPreference: number
}

const K1 = 1.2
/** Bonus per unit of field weight when a whole query segment appears as written. */
const PHRASE = 0.3
/** A result must match at least this share of the query (by IDF). */
const MIN_COVERAGE = 0.5

const saturate = (weightedTf: number) => (weightedTf * (K1 + 1)) / (weightedTf + K1)

function buildFields(): Field[] {
  const fields: Field[] = []
  const zh = catalogs['zh-Hans'] as Readonly<Record<string, string>>
  measures.forEach((measure: Measure, doc) => {
    const add = (kind: FieldKind, key: string | null, message: string) => {
      if (message in zh) fields.push({ doc, kind, key, message: message as MessageKey, weight: weights[kind], snippetPreference: snippetPreference[kind] })
    }
    const prefix = `measure.${measure.id}`
    add('title', null, `${prefix}.title`)
    add('name', null, `${prefix}.name`)
    add('summary', null, `${prefix}.summary`)
    for (const item of measure.support) add('benefit', item.key, `${prefix}.support.${item.key}`)
    for (const id of measure.figures) add('figure', id, `figure.${id}`)
    for (const condition of measure.conditions) add('condition', condition.id, `condition.${measure.id}.${condition.id}`)
    for (const note of measure.notes) add('note', note.key, `${prefix}.note.${note.key}`)
    for (const entry of glossary) {
      if (!glossaryMeasures[entry.id].includes(measure.id)) continue
      add('glossary-term', entry.id, `glossary.${entry.id}.term`)
      add('glossary-gloss', entry.id, `glossary.${entry.id}.gloss`)
    }
  })
  return fields
}

interface Posting {
  field: number
  tf: number
}

interface Index {
  fields: Field[]
  /** Fields are grouped by measure: doc d owns fields docStart[d] to docStart[d + 1] - 1. */
  docStart: number[]
  postings: Map<string, Posting[]>
  /** Inverse document frequency of each indexed term (documents are measures). */
  idf: Map<string, number>
  /** Concept id → fields whose text contains one of its phrases. */
  conceptFields: Map<string, number[]>
  conceptDocFreq: Map<string, number>
}

interface ChineseIndex extends Index {
  /** The zh-Hans text of each field, normalized. */
  texts: Aligned[]
  conceptPhrases: Map<string, string[]>
  /** Concept phrases by their first character, to find them in a query in one pass. */
  phrasesByFirst: Map<string, { id: string; phrase: string }[]>
}

interface EnglishIndex extends Index {
  tokens: EnglishToken[][]
  conceptPhrases: Map<string, string[][]>
  phrasesByFirst: Map<string, { id: string; phrase: string[] }[]>
}

function emptyIndex(fields: Field[]): Index {
  const docStart: number[] = []
  fields.forEach((field, i) => {
    while (docStart.length <= field.doc) docStart.push(i)
  })
  while (docStart.length <= docCount) docStart.push(fields.length)
  return { fields, docStart, postings: new Map(), idf: new Map(), conceptFields: new Map(), conceptDocFreq: new Map() }
}

function byFirst<P extends string | string[]>(phrases: Map<string, P[]>): Map<string, { id: string; phrase: P }[]> {
  const out = new Map<string, { id: string; phrase: P }[]>()
  for (const [id, list] of phrases) {
    for (const phrase of list) {
      const first = phrase[0]
      if (first === undefined) continue
      let entries = out.get(first)
      if (!entries) out.set(first, (entries = []))
      entries.push({ id, phrase })
    }
  }
  return out
}

function addTerms(index: Index, field: number, terms: Iterable<string>) {
  const counts = new Map<string, number>()
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1)
  for (const [term, tf] of counts) {
    let list = index.postings.get(term)
    if (!list) index.postings.set(term, (list = []))
    list.push({ field, tf })
  }
}

function finish(index: Index, conceptFields: Map<string, number[]>) {
  for (const [term, list] of index.postings) {
    index.idf.set(term, idf(new Set(list.map((p) => index.fields[p.field]!.doc)).size))
  }
  for (const [id, fields] of conceptFields) {
    if (fields.length === 0) continue
    index.conceptFields.set(id, fields)
    index.conceptDocFreq.set(id, new Set(fields.map((f) => index.fields[f]!.doc)).size)
  }
}

let fieldList: Field[] | undefined
let chinese: ChineseIndex | undefined
let english: EnglishIndex | undefined

const allFields = () => (fieldList ??= buildFields())

function chineseIndex(): ChineseIndex {
  if (chinese) return chinese
  const fields = allFields()
  const texts = fields.map((field) => normalizeChinese(catalogs['zh-Hans'][field.message]))
  const conceptPhrases = new Map(concepts.map((concept) => [concept.id, concept.zh.map((phrase) => normalizeChinese(phrase).text)]))
  const index: ChineseIndex = { ...emptyIndex(fields), texts, conceptPhrases, phrasesByFirst: byFirst(conceptPhrases) }
  texts.forEach((aligned, field) => addTerms(index, field, chineseTerms(aligned.text, true).map((t) => t.term)))
  // Only fields holding a phrase's first term can hold the phrase.
  const holding = (phrase: string) =>
    (index.postings.get(phrase.slice(0, 2)) ?? index.postings.get(phrase.slice(0, 1)) ?? []).flatMap(({ field }) => (texts[field]!.text.includes(phrase) ? [field] : []))
  const conceptFields = new Map([...conceptPhrases].map(([id, phrases]) => [id, [...new Set(phrases.flatMap(holding))].sort((a, b) => a - b)]))
  finish(index, conceptFields)
  return (chinese = index)
}

const containsSequence = (tokens: readonly EnglishToken[], stems: readonly string[]) =>
  stems.length > 0 && tokens.some((_, i) => stems.every((s, j) => tokens[i + j]?.stem === s))

function englishIndex(): EnglishIndex {
  if (english) return english
  const fields = allFields()
  const tokens = fields.map((field) => englishTokens(catalogs.en[field.message]))
  const conceptPhrases = new Map(concepts.map((concept) => [concept.id, concept.en.map((phrase) => englishTokens(phrase).map((t) => t.stem))]))
  const index: EnglishIndex = { ...emptyIndex(fields), tokens, conceptPhrases, phrasesByFirst: byFirst(conceptPhrases) }
  tokens.forEach((list, field) => {
    const stems = list.map((t) => t.stem)
    // Adjacent pairs too: they score a phrase ("rent subsidy") above the same words apart.
    addTerms(index, field, [...stems, ...stems.slice(1).map((s, i) => `${stems[i]} ${s}`)])
  })
  const holding = (phrase: string[]) =>
    phrase.length === 0 ? [] : (index.postings.get(phrase[0]!) ?? []).flatMap(({ field }) => (containsSequence(tokens[field]!, phrase) ? [field] : []))
  const conceptFields = new Map([...conceptPhrases].map(([id, phrases]) => [id, [...new Set(phrases.flatMap(holding))].sort((a, b) => a - b)]))
  finish(index, conceptFields)
  return (english = index)
}

const docCount = measures.length
const idf = (df: number) => Math.log(1 + (docCount - df + 0.5) / (df + 0.5))
const IDF_UNKNOWN = idf(0)

interface PlannedTerm {
  term: string
  /** The part of the query it stands for: characters (Chinese) or words (English). */
  from: number
  to: number
  idf: number
  /** Known to the index. */
  known: boolean
  /** Counted towards coverage (an unknown bigram straddling two known words is not). */
  counted: boolean
}

interface PlannedPhrase {
  /** The segment (Chinese) or the adjacent pair of stems (English). */
  text: string
  firstTerm: string
  idf: number
}

interface PlannedConcept {
  id: string
  from: number
  to: number
  idf: number
}

export interface QueryPlan {
  /** Which text the query is matched against. */
  script: 'zh' | 'en'
  normalized: string
  terms: PlannedTerm[]
  phrases: PlannedPhrase[]
  concepts: PlannedConcept[]
}

function planChinese(query: string): QueryPlan {
  const index = chineseIndex()
  const normalized = toSearchText(query)
  const blanked = blankStopwords(normalized)
  const seen = new Set<string>()
  const terms: PlannedTerm[] = []
  for (const { term, at } of chineseTerms(blanked, false)) {
    if (seen.has(term)) continue
    seen.add(term)
    const termIdf = index.idf.get(term)
    terms.push({ term, from: at, to: at + term.length, idf: termIdf ?? IDF_UNKNOWN, known: termIdf !== undefined, counted: true })
  }
  // 房租补贴申请 → 贴申 is no word: an unknown bigram next to a known one is a word boundary.
  const knownAt = new Set<number>()
  for (const t of terms) if (t.known && t.term.length === 2) knownAt.add(t.from)
  for (const t of terms) if (!t.known && t.term.length === 2 && hasHan(t.term) && (knownAt.has(t.from - 1) || knownAt.has(t.from + 1))) t.counted = false

  const phrases: PlannedPhrase[] = []
  for (let start = 0; start < blanked.length; ) {
    let end = start
    while (end < blanked.length && isHan(blanked[end]!)) end++
    if (end - start >= 2) {
      let known = true
      let sum = 0
      for (const t of terms) {
        if (t.from < start || t.to > end) continue
        known &&= t.known
        sum += t.idf
      }
      if (known) phrases.push({ text: blanked.slice(start, end), firstTerm: blanked.slice(start, start + 2), idf: sum })
    }
    start = end + 1
  }

  const found = new Map<string, PlannedConcept>()
  for (let at = 0; at < normalized.length; at++) {
    for (const { id, phrase } of index.phrasesByFirst.get(normalized[at]!) ?? []) {
      if (!normalized.startsWith(phrase, at) || !index.conceptFields.has(id)) continue
      const best = found.get(id)
      if (!best || phrase.length > best.to - best.from) found.set(id, { id, from: at, to: at + phrase.length, idf: idf(index.conceptDocFreq.get(id)!) })
    }
  }
  return { script: 'zh', normalized, terms, phrases, concepts: [...found.values()] }
}

function planEnglish(query: string): QueryPlan {
  const index = englishIndex()
  const tokens = englishTokens(query)
  const stems = tokens.map((t) => t.stem)
  const seen = new Set<string>()
  const terms: PlannedTerm[] = []
  stems.forEach((stem, i) => {
    if (seen.has(stem)) return
    seen.add(stem)
    const termIdf = index.idf.get(stem)
    terms.push({ term: stem, from: i, to: i + 1, idf: termIdf ?? IDF_UNKNOWN, known: termIdf !== undefined, counted: true })
  })
  const phrases: PlannedPhrase[] = []
  for (let i = 1; i < stems.length; i++) {
    const pair = `${stems[i - 1]} ${stems[i]}`
    if (index.idf.has(pair)) phrases.push({ text: pair, firstTerm: pair, idf: index.idf.get(stems[i - 1]!)! + index.idf.get(stems[i]!)! })
  }
  const found = new Map<string, PlannedConcept>()
  stems.forEach((stem, at) => {
    for (const { id, phrase } of index.phrasesByFirst.get(stem) ?? []) {
      if (!phrase.every((s, j) => stems[at + j] === s) || !index.conceptFields.has(id)) continue
      const best = found.get(id)
      if (!best || phrase.length > best.to - best.from) found.set(id, { id, from: at, to: at + phrase.length, idf: idf(index.conceptDocFreq.get(id)!) })
    }
  })
  const planned = [...found.values()]
  const normalized = query.trim().toLowerCase().replace(/\s+/g, ' ')
  return { script: 'en', normalized, terms, phrases, concepts: planned }
}

export interface Hit {
  doc: number
  score: number
  /** Share of the query this measure matches, weighted by IDF (0–1). */
  coverage: number
  /** The measure's matching fields, best snippet first. */
  fields: number[]
  /** Concepts of the query this measure matches. */
  concepts: string[]
}

export interface SearchOutcome {
  plan: QueryPlan
  hits: Hit[]
}

const SNIPPET_CANDIDATES = 4

/** The measure's best few matching fields for a snippet, best first (insertion into a short list). */
function bestFields(index: Index, doc: number, fieldScore: Float64Array): number[] {
  const best: number[] = []
  const rank: number[] = []
  for (let field = index.docStart[doc]!; field < index.docStart[doc + 1]!; field++) {
    const r = fieldScore[field]! * index.fields[field]!.snippetPreference
    if (r <= 0) continue
    let at = Math.min(best.length, SNIPPET_CANDIDATES - 1)
    if (at === SNIPPET_CANDIDATES - 1 && rank[at]! >= r) continue
    while (at > 0 && rank[at - 1]! < r) {
      best[at] = best[at - 1]!
      rank[at] = rank[at - 1]!
      at--
    }
    best[at] = field
    rank[at] = r
  }
  return best
}

/** Per-query scratch space, reused: a search runs synchronously, one at a time per isolate. */
const scratch = {
  score: new Float64Array(docCount),
  weightedTf: new Float64Array(docCount),
  bestWeight: new Float64Array(docCount),
  fieldScore: new Float64Array(0),
  covered: new Uint8Array(0),
}

export function search(query: string): SearchOutcome {
  const plan = hasHan(query) ? planChinese(query) : planEnglish(query)
  const index: Index = plan.script === 'zh' ? chineseIndex() : englishIndex()
  const { fields } = index
  if (scratch.fieldScore.length < fields.length) scratch.fieldScore = new Float64Array(fields.length)
  if (scratch.covered.length < docCount * plan.terms.length) scratch.covered = new Uint8Array(docCount * Math.max(64, plan.terms.length))
  const { score, weightedTf, bestWeight, fieldScore, covered } = scratch
  score.fill(0)
  fieldScore.fill(0)
  // covered[doc * terms + t]: the measure matches term t, directly or through a concept.
  covered.fill(0, 0, docCount * plan.terms.length)
  const matchedConcepts: (string[] | undefined)[] = new Array(docCount)

  const termCount = plan.terms.length
  for (let t = 0; t < termCount; t++) {
    const term = plan.terms[t]!
    const postings = index.postings.get(term.term)
    if (!postings) continue
    weightedTf.fill(0)
    for (const { field, tf } of postings) {
      const f = fields[field]!
      weightedTf[f.doc]! += f.weight * tf
      fieldScore[field]! += term.idf
    }
    for (let doc = 0; doc < docCount; doc++) {
      if (weightedTf[doc]! === 0) continue
      score[doc]! += term.idf * saturate(weightedTf[doc]!)
      covered[doc * termCount + t] = 1
    }
  }

  for (const phrase of plan.phrases) {
    bestWeight.fill(0)
    for (const { field } of index.postings.get(phrase.firstTerm) ?? []) {
      if (plan.script === 'zh' && !(index as ChineseIndex).texts[field]!.text.includes(phrase.text)) continue
      const f = fields[field]!
      bestWeight[f.doc] = Math.max(bestWeight[f.doc]!, f.weight)
      fieldScore[field]! += phrase.idf
    }
    for (let doc = 0; doc < docCount; doc++) score[doc]! += PHRASE * phrase.idf * bestWeight[doc]!
  }

  for (const concept of plan.concepts) {
    bestWeight.fill(0)
    for (const field of index.conceptFields.get(concept.id) ?? []) {
      const f = fields[field]!
      bestWeight[f.doc] = Math.max(bestWeight[f.doc]!, f.weight)
      fieldScore[field]! += concept.idf
    }
    for (let doc = 0; doc < docCount; doc++) {
      if (bestWeight[doc]! === 0) continue
      score[doc]! += concept.idf * saturate(bestWeight[doc]!)
      ;(matchedConcepts[doc] ??= []).push(concept.id)
      for (let t = 0; t < termCount; t++) {
        const term = plan.terms[t]!
        if (term.from >= concept.from && term.to <= concept.to) covered[doc * termCount + t] = 1
      }
    }
  }

  const totalIdf = plan.terms.reduce((sum, t) => sum + (t.counted ? t.idf : 0), 0)
  const hits: Hit[] = []
  for (let doc = 0; doc < docCount; doc++) {
    if (score[doc]! <= 0 || totalIdf === 0) continue
    let coveredIdf = 0
    for (let t = 0; t < termCount; t++) {
      const term = plan.terms[t]!
      if (term.counted && covered[doc * termCount + t]) coveredIdf += term.idf
    }
    const coverage = coveredIdf / totalIdf
    if (coverage < MIN_COVERAGE) continue
    hits.push({ doc, score: score[doc]! * coverage, coverage, fields: bestFields(index, doc, fieldScore), concepts: matchedConcepts[doc] ?? [] })
  }
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc)
  return { plan, hits }
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

const alignedTexts = new Map<string, Aligned>()

/** A field's text in a Chinese variant, normalized like the index (memoized per isolate). */
function alignedText(language: Exclude<Language, 'en'>, field: number): Aligned {
  if (language === 'zh-Hans') return chineseIndex().texts[field]!
  const key = `${language} ${field}`
  let aligned = alignedTexts.get(key)
  if (!aligned) {
    aligned = normalizeChinese(catalogs[language][allFields()[field]!.message])
    alignedTexts.set(key, aligned)
  }
  return aligned
}

function merge(ranges: Highlight[]): Highlight[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Highlight[] = []
  for (const r of ranges) {
    const last = out[out.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ ...r })
  }
  return out
}

/** What to mark in a snippet, worked out once per result. */
interface Marks {
  /** Chinese: whole words to find (query segments, concept phrases) … */
  words: string[]
  /** … and, when none of them occurs, the query's known bigrams. */
  fallback: string[]
  /** English: the query's stems, and concept phrases as stem sequences. */
  stems: Set<string>
  phrases: string[][]
}

function marksFor(plan: QueryPlan, hit: Hit, script: 'zh' | 'en'): Marks {
  const marks: Marks = { words: [], fallback: [], stems: new Set(), phrases: [] }
  if (script === 'zh') {
    const phrases = chineseIndex().conceptPhrases
    for (const id of hit.concepts) marks.words.push(...phrases.get(id)!)
    if (plan.script === 'zh') {
      for (const phrase of plan.phrases) marks.words.push(phrase.text)
      for (const term of plan.terms) if (term.known) marks.fallback.push(term.term)
    }
  } else {
    const phrases = englishIndex().conceptPhrases
    for (const id of hit.concepts) marks.phrases.push(...phrases.get(id)!)
    if (plan.script === 'en') for (const term of plan.terms) if (term.known) marks.stems.add(term.term)
  }
  return marks
}

function findAll(text: string, words: readonly string[]): Highlight[] {
  const ranges: Highlight[] = []
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) ranges.push({ start: at, end: at + word.length })
  }
  return ranges
}

function chineseHighlights(marks: Marks, language: Exclude<Language, 'en'>, field: number): Highlight[] {
  const aligned = alignedText(language, field)
  let ranges = findAll(aligned.text, marks.words)
  if (ranges.length === 0) ranges = findAll(aligned.text, marks.fallback)
  return merge(ranges).map(({ start, end }) => {
    const from = aligned.origin[start]!
    return { start: from, end: Math.max(from + 1, aligned.origin[end]!) }
  })
}

const JOINABLE_GAP = /^(?:[\s\-–]+|[\s\-–]+(?:of|and|the|for|to|a|an)[\s\-–]+)$/i

function englishHighlights(marks: Marks, field: number, text: string): Highlight[] {
  const tokens = englishIndex().tokens[field]!
  const marked = new Uint8Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) if (marks.stems.has(tokens[i]!.stem)) marked[i] = 1
  for (const phrase of marks.phrases) {
    for (let i = 0; phrase.length > 0 && i + phrase.length <= tokens.length; i++) {
      let j = 0
      while (j < phrase.length && tokens[i + j]!.stem === phrase[j]) j++
      if (j === phrase.length) marked.fill(1, i, i + j)
    }
  }
  const out: Highlight[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!marked[i]) continue
    const token = tokens[i]!
    const last = out[out.length - 1]
    if (last && marked[i - 1] && JOINABLE_GAP.test(text.slice(last.end, token.start))) last.end = token.end
    else out.push({ start: token.start, end: token.end })
  }
  return out
}

const SNIPPET_MAX: Readonly<Record<'zh' | 'en', number>> = { zh: 64, en: 180 }

const CLAUSE_MARKS = '。；：，、'
function lastClauseMark(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_MARKS.includes(text[i]!)) return i
  return -1
}

/** Cuts a long text to a window around its first highlight; offsets follow the cut. */
function excerpt(text: string, highlights: Highlight[], script: 'zh' | 'en'): { text: string; highlights: Highlight[] } {
  const max = SNIPPET_MAX[script]
  if (text.length <= max) return { text, highlights }
  // Centre on the longest match (a whole phrase rather than a stray word).
  const best = highlights.reduce<Highlight | undefined>((a, h) => (!a || h.end - h.start > a.end - a.start ? h : a), undefined)
  const first = best?.start ?? 0
  let start = 0
  if (first > (script === 'zh' ? 16 : 60)) {
    const back = text.slice(Math.max(0, first - (script === 'zh' ? 24 : 90)), first)
    const boundary = script === 'zh' ? lastClauseMark(back) : back.search(/[.;:!?]\s(?!.*[.;:!?]\s)/)
    const offset = first - back.length
    if (boundary >= 0) start = offset + boundary + (script === 'zh' ? 1 : 2)
    else if (script === 'zh') start = first - 12
    else start = offset + Math.max(0, back.indexOf(' ') + 1)
  }
  let end = Math.min(text.length, start + max)
  if (script === 'en' && end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start + max / 2) end = space
  }
  const prefix = start > 0 ? '…' : ''
  const suffix = end < text.length ? '…' : ''
  const shifted = highlights
    .map((h) => ({ start: Math.max(h.start, start) - start + prefix.length, end: Math.min(h.end, end) - start + prefix.length }))
    .filter((h) => h.end > h.start)
  return { text: prefix + text.slice(start, end) + suffix, highlights: shifted }
}

/**
 * The best matching field of a hit, in the response language, with the matched words marked.
 * The words are the query's own when it is in the response language's script, else the
 * equivalents the concept table knows (白菜心 → "cabbage heart").
 */
export function snippet(outcome: SearchOutcome, hit: Hit, language: Language): Snippet {
  const { plan } = outcome
  const fields = allFields()
  const candidates = hit.fields.length > 0 ? hit.fields : [fields.findIndex((f) => f.doc === hit.doc)]
  const marks = marksFor(plan, hit, language === 'en' ? 'en' : 'zh')
  let chosen: { field: number; text: string; highlights: Highlight[] } | undefined
  for (const field of candidates) {
    const text = catalogs[language][fields[field]!.message]
    const highlights = language === 'en' ? englishHighlights(marks, field, text) : chineseHighlights(marks, language, field)
    chosen ??= { field, text, highlights }
    if (highlights.length > 0) {
      chosen = { field, text, highlights }
      break
    }
  }
  const cut = excerpt(chosen!.text, chosen!.highlights, language === 'en' ? 'en' : 'zh')
  return { field: fields[chosen!.field]!, ...cut }
}
