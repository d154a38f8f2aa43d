import { glossary } from '../../i18n/glossary.ts'
import type { MessageKey } from '../../i18n/zh-Hans.ts'
import { measures, type Measure } from '../../rules/measures.ts'
import type { Language } from '../lib/language.ts'
import { catalogs } from '../lib/messages.ts'
import { blankStopwords, convertText, eachChineseTerm, fold, hasHan, isHanCode, isWordCode, normalizeChinese, normalizeWith, originOf, type Aligned } from './chinese.ts'
import { concepts, glossaryMeasures } from './concepts.ts'
import { englishTokens, type EnglishToken } from './english.ts'
import conversions from './generated/zh-Hans-conversions.json'

/**
 * A small BM25F search over the measures. Chinese queries, in any script or regional phrasing,
 * are normalized to mainland Simplified and matched as character bigrams against the zh-Hans
 * text; other queries are stemmed and matched against the English text. Both indexes are built
 * once per isolate, on the first query that needs them (the Chinese one without OpenCC: see
 * conversions.ts). What does not depend on the whole query is worked out once and kept, within
 * bounds: each run of a Chinese query, each English word's stem, each term's and concept's
 * contribution per measure, and per field and language what its snippets need.
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

/**
 * An index over the fields, in flat arrays: term ids from a map, each term's postings (fields in
 * ascending order, with the term's count) in one run of `postingField` / `postingTf`.
 */
interface Index {
  fields: Field[]
  /** Fields are grouped by measure: doc d owns fields docStart[d] to docStart[d + 1] - 1. */
  docStart: Int32Array
  fieldDoc: Int32Array
  fieldWeight: Float64Array
  fieldPreference: Float64Array
  termIds: Map<string, number>
  /** Inverse document frequency of each term (documents are measures), by term id. */
  idf: Float64Array
  /** Term t's postings are postingStart[t] to postingStart[t + 1] - 1. */
  postingStart: Int32Array
  postingField: Int32Array
  postingTf: Int32Array
  /** Term t's measures, termDocStart[t] to termDocStart[t + 1] - 1, each with its saturated weighted tf. */
  termDocStart: Int32Array
  termDoc: Int32Array
  termSat: Float64Array
  /** Concepts some field holds, by id. */
  concepts: Map<string, IndexedConcept>
}

interface IndexedConcept {
  /** Fields whose text contains one of its phrases, ascending. */
  fields: number[]
  /** The measures among them, ascending, each with the saturated weight of its best field. */
  docs: Int32Array
  sat: Float64Array
  idf: number
}

interface ChineseIndex extends Index {
  /** The zh-Hans text of each field, normalized. */
  texts: Aligned[]
  conceptPhrases: Map<string, string[]>
  /** Concept phrases by the code of their first character, to find them in a query in one pass. */
  phrasesByFirst: Map<number, { id: string; phrase: string }[]>
}

interface EnglishIndex extends Index {
  tokens: EnglishToken[][]
  conceptPhrases: Map<string, string[][]>
  phrasesByFirst: Map<string, { id: string; phrase: string[] }[]>
}

/** Postings while the index is built: term → id, and each id's [field, tf, field, tf, …]. */
interface Postings {
  ids: Map<string, number>
  lists: number[][]
}

/** Counts one occurrence of a term in a field (fields are added in ascending order). */
function addTerm(postings: Postings, field: number, term: string) {
  const id = postings.ids.get(term)
  if (id === undefined) {
    postings.ids.set(term, postings.lists.length)
    postings.lists.push([field, 1])
    return
  }
  const list = postings.lists[id]!
  if (list[list.length - 2] === field) list[list.length - 1]!++
  else list.push(field, 1)
}

const fieldsOf = (postings: Postings, term: string | undefined): number[] => {
  const id = term === undefined ? undefined : postings.ids.get(term)
  const out: number[] = []
  if (id !== undefined) for (let i = 0, list = postings.lists[id]!; i < list.length; i += 2) out.push(list[i]!)
  return out
}

function buildIndex<P>(fields: Field[], postings: Postings, holding: (phrase: P) => number[], conceptPhrases: Map<string, P[]>): Index {
  const docStart = new Int32Array(docCount + 1)
  let d = 0
  fields.forEach((field, i) => {
    while (d <= field.doc) docStart[d++] = i
  })
  while (d <= docCount) docStart[d++] = fields.length
  const { lists } = postings
  const terms = lists.length
  const idfs = new Float64Array(terms)
  const postingStart = new Int32Array(terms + 1)
  const termDocStart = new Int32Array(terms + 1)
  let total = 0
  for (let id = 0; id < terms; id++) total += lists[id]!.length / 2
  const postingField = new Int32Array(total)
  const postingTf = new Int32Array(total)
  const termDoc = new Int32Array(total)
  const termSat = new Float64Array(total)
  let at = 0
  let docs = 0
  for (let id = 0; id < terms; id++) {
    const list = lists[id]!
    postingStart[id] = at
    termDocStart[id] = docs
    // Postings come by field, so by measure: sum each measure's weighted tf as its fields pass.
    let doc = -1
    let weightedTf = 0
    for (let i = 0; i < list.length; i += 2) {
      const field = fields[list[i]!]!
      postingField[at] = list[i]!
      postingTf[at++] = list[i + 1]!
      if (field.doc !== doc) {
        if (doc >= 0) termSat[docs - 1] = saturate(weightedTf)
        termDoc[docs++] = doc = field.doc
        weightedTf = 0
      }
      weightedTf += field.weight * list[i + 1]!
    }
    termSat[docs - 1] = saturate(weightedTf)
    idfs[id] = idf(docs - termDocStart[id]!)
  }
  postingStart[terms] = at
  termDocStart[terms] = docs
  const concepts = new Map<string, IndexedConcept>()
  for (const [id, phrases] of conceptPhrases) {
    const found = [...new Set(phrases.flatMap(holding))].sort((a, b) => a - b)
    if (found.length === 0) continue
    const bestWeight = new Float64Array(docCount)
    for (const field of found) bestWeight[fields[field]!.doc] = Math.max(bestWeight[fields[field]!.doc]!, fields[field]!.weight)
    const docs: number[] = []
    const sat: number[] = []
    for (let doc = 0; doc < docCount; doc++) {
      if (bestWeight[doc]! === 0) continue
      docs.push(doc)
      sat.push(saturate(bestWeight[doc]!))
    }
    concepts.set(id, { fields: found, docs: Int32Array.from(docs), sat: Float64Array.from(sat), idf: idf(docs.length) })
  }
  return {
    fields,
    docStart,
    fieldDoc: Int32Array.from(fields, (f) => f.doc),
    fieldWeight: Float64Array.from(fields, (f) => f.weight),
    fieldPreference: Float64Array.from(fields, (f) => f.snippetPreference),
    termIds: postings.ids,
    idf: idfs,
    postingStart,
    postingField,
    postingTf,
    termDocStart,
    termDoc: termDoc.slice(0, docs),
    termSat: termSat.slice(0, docs),
    concepts,
  }
}

/** Concept phrases by their first character (Chinese) or stem (English), to find them in a query in one pass. */
function byFirst<K, P>(phrases: Map<string, P[]>, first: (phrase: P) => K | undefined): Map<K, { id: string; phrase: P }[]> {
  const out = new Map<K, { id: string; phrase: P }[]>()
  for (const [id, list] of phrases) {
    for (const phrase of list) {
      const key = first(phrase)
      if (key === undefined) continue
      let entries = out.get(key)
      if (!entries) out.set(key, (entries = []))
      entries.push({ id, phrase })
    }
  }
  return out
}

let fieldList: Field[] | undefined
let chinese: ChineseIndex | undefined
let english: EnglishIndex | undefined

const allFields = () => (fieldList ??= buildFields())

/** The zh-Hans catalog and concept phrases normalize without OpenCC, through the generated table. */
const normalizeSimplified = (text: string) => normalizeWith(text, conversions)

function chineseIndex(): ChineseIndex {
  if (chinese) return chinese
  const fields = allFields()
  const texts = fields.map((field) => normalizeSimplified(catalogs['zh-Hans'][field.message]))
  const conceptPhrases = new Map(concepts.map((concept) => [concept.id, concept.zh.map((phrase) => normalizeSimplified(phrase).text)]))
  const postings: Postings = { ids: new Map(), lists: [] }
  texts.forEach((aligned, field) => eachChineseTerm(aligned.text, true, (term) => addTerm(postings, field, term)))
  // Only fields holding a phrase's first term can hold the phrase.
  const holding = (phrase: string) =>
    fieldsOf(postings, postings.ids.has(phrase.slice(0, 2)) ? phrase.slice(0, 2) : phrase.slice(0, 1)).filter((field) => texts[field]!.text.includes(phrase))
  const phrasesByFirst = byFirst(conceptPhrases, (phrase) => (phrase.length > 0 ? phrase.charCodeAt(0) : undefined))
  return (chinese = { ...buildIndex(fields, postings, holding, conceptPhrases), texts, conceptPhrases, phrasesByFirst })
}

const containsSequence = (tokens: readonly EnglishToken[], stems: readonly string[]) =>
  stems.length > 0 && tokens.some((_, i) => stems.every((s, j) => tokens[i + j]?.stem === s))

function englishIndex(): EnglishIndex {
  if (english) return english
  const fields = allFields()
  const tokens = fields.map((field) => englishTokens(catalogs.en[field.message]))
  const conceptPhrases = new Map(concepts.map((concept) => [concept.id, concept.en.map((phrase) => englishTokens(phrase).map((t) => t.stem))]))
  const postings: Postings = { ids: new Map(), lists: [] }
  tokens.forEach((list, field) => {
    const stems = list.map((t) => t.stem)
    // Adjacent pairs too: they score a phrase ("rent subsidy") above the same words apart.
    for (const stem of stems) addTerm(postings, field, stem)
    for (let i = 1; i < stems.length; i++) addTerm(postings, field, `${stems[i - 1]} ${stems[i]}`)
  })
  const holding = (phrase: string[]) => (phrase.length === 0 ? [] : fieldsOf(postings, phrase[0]).filter((field) => containsSequence(tokens[field]!, phrase)))
  const phrasesByFirst = byFirst(conceptPhrases, (phrase) => phrase[0])
  return (english = { ...buildIndex(fields, postings, holding, conceptPhrases), tokens, conceptPhrases, phrasesByFirst })
}

const docCount = measures.length
const idf = (df: number) => Math.log(1 + (docCount - df + 0.5) / (df + 0.5))
const IDF_UNKNOWN = idf(0)

interface PlannedTerm {
  term: string
  /** Its id in the index, or -1 when the index does not know it. */
  id: number
  idf: number
  /** Known to the index. */
  known: boolean
  /** Counted towards coverage (an unknown bigram straddling two known words is not). */
  counted: boolean
}

interface PlannedPhrase {
  /** The segment (Chinese) or the adjacent pair of stems (English). */
  text: string
  /** The fields holding it, ascending. */
  fields: readonly number[]
  idf: number
}

interface PlannedConcept {
  id: string
  idf: number
  /** Length of the part of the query it was found in (the longest place is kept). */
  length: number
  /** The plan's terms inside that part (indexes into `terms`): a measure holding the concept matches them. */
  covers: number[]
}

export interface QueryPlan {
  /** Which text the query is matched against. */
  script: 'zh' | 'en'
  normalized: string
  terms: PlannedTerm[]
  phrases: PlannedPhrase[]
  concepts: PlannedConcept[]
}

/** A term or concept found in a query, with the part of the query it stands for. */
interface Found {
  from: number
  to: number
}

function plannedTerm(index: Index, term: string): PlannedTerm {
  const id = index.termIds.get(term) ?? -1
  const known = id >= 0
  return { term, id, idf: known ? index.idf[id]! : IDF_UNKNOWN, known, counted: true }
}

/** Adds a concept found in a query, or keeps the longer of two places it was found (the first if as long). */
function keepLongest(found: PlannedConcept[], concept: PlannedConcept) {
  let at = 0
  while (at < found.length && found[at]!.id !== concept.id) at++
  if (at === found.length) found.push(concept)
  else if (concept.length > found[at]!.length) found[at] = concept
}

/** The terms (by their place in the query) inside the part of the query [from, to). */
function covered(places: readonly Found[], from: number, to: number): number[] {
  const out: number[] = []
  for (let t = 0; t < places.length; t++) if (places[t]!.from >= from && places[t]!.to <= to) out.push(t)
  return out
}

/** The fields holding a term, ascending. */
function termFields(index: Index, id: number): number[] {
  const out: number[] = []
  for (let p = index.postingStart[id]!, end = index.postingStart[id + 1]!; p < end; p++) out.push(index.postingField[p]!)
  return out
}

/** The fields whose text holds a Chinese phrase, ascending: among those holding its rarest bigram. */
function holdingPhrase(index: ChineseIndex, phrase: string): number[] {
  let rarest = -1
  for (let at = 0; at + 1 < phrase.length; at++) {
    const id = index.termIds.get(phrase.slice(at, at + 2))
    if (id === undefined) return [] // a bigram no field has
    if (rarest < 0 || index.postingStart[id + 1]! - index.postingStart[id]! < index.postingStart[rarest + 1]! - index.postingStart[rarest]!) rarest = id
  }
  const fields = termFields(index, rarest)
  return phrase.length === 2 ? fields : fields.filter((field) => index.texts[field]!.text.includes(phrase))
}

/**
 * What a run of word characters in a Chinese query contributes, with offsets inside its normalized
 * text: runs repeat across queries (房租补贴, 孵化器), so each is normalized (OpenCC), cut into
 * terms and scanned for concept phrases once, and a query's plan is put together from its runs.
 * Terms, phrases and concepts never span two runs (they are made of word characters only), so
 * the plan is the one the whole query would give.
 */
interface ChineseRun {
  normalized: string
  /** Each term once, in order of first occurrence. */
  terms: (Found & { term: string })[]
  /** Maximal stretches of Han characters once stopwords are blanked: the phrase candidates, with the fields holding them. */
  segments: (Found & { text: string; fields: number[] })[]
  /** Concepts found, in order of discovery, each at its longest phrase. */
  concepts: (Found & { id: string })[]
  /** The run's plan alone: the query's, in part, when no other run of it has one of its terms. */
  plan: Pick<QueryPlan, 'terms' | 'phrases' | 'concepts'>
}

const chineseRuns = new Map<string, ChineseRun>()
const CHINESE_RUNS_LIMIT = 4096

function chineseRun(index: ChineseIndex, folded: string): ChineseRun {
  let run = chineseRuns.get(folded)
  if (!run) {
    if (chineseRuns.size >= CHINESE_RUNS_LIMIT) chineseRuns.clear()
    chineseRuns.set(folded, (run = analyzeRun(index, folded)))
  }
  return run
}

function analyzeRun(index: ChineseIndex, folded: string): ChineseRun {
  const normalized = convertText(folded)
  const blanked = blankStopwords(normalized)
  const terms: ChineseRun['terms'] = []
  eachChineseTerm(blanked, false, (term, at) => {
    if (!terms.some((t) => t.term === term)) terms.push({ term, from: at, to: at + term.length })
  })
  const segments: ChineseRun['segments'] = []
  for (let start = 0; start < blanked.length; ) {
    let end = start
    while (end < blanked.length && isHanCode(blanked.charCodeAt(end))) end++
    if (end - start >= 2) {
      const text = blanked.slice(start, end)
      segments.push({ from: start, to: end, text, fields: holdingPhrase(index, text) })
    }
    start = end + 1
  }
  const concepts: ChineseRun['concepts'] = []
  for (let at = 0; at < normalized.length; at++) {
    const entries = index.phrasesByFirst.get(normalized.charCodeAt(at))
    if (!entries) continue
    for (const { id, phrase } of entries) {
      if (!index.concepts.has(id) || !normalized.startsWith(phrase, at)) continue
      const best = concepts.findIndex((c) => c.id === id)
      if (best < 0) concepts.push({ id, from: at, to: at + phrase.length })
      else if (phrase.length > concepts[best]!.to - concepts[best]!.from) concepts[best] = { id, from: at, to: at + phrase.length }
    }
  }
  const run: ChineseRun = { normalized, terms, segments, concepts, plan: { terms: [], phrases: [], concepts: [] } }
  run.plan = composeChinese(index, [run], [0])
  return run
}

/** The plan of runs at the given offsets of a query (terms once, in order of first occurrence). */
function composeChinese(index: ChineseIndex, runs: readonly ChineseRun[], offsets: readonly number[]): ChineseRun['plan'] {
  const terms: PlannedTerm[] = []
  const places: Found[] = []
  const concepts: PlannedConcept[] = []
  runs.forEach((run, r) => {
    const offset = offsets[r]!
    for (const { term, from, to } of run.terms) {
      if (terms.some((t) => t.term === term)) continue
      terms.push(plannedTerm(index, term))
      places.push({ from: offset + from, to: offset + to })
    }
  })
  // 房租补贴申请 → 贴申 is no word: an unknown bigram next to a known one is a word boundary.
  terms.forEach((t, i) => {
    if (t.known || t.term.length !== 2 || !hasHan(t.term)) return
    const at = places[i]!.from
    if (terms.some((k, j) => k.known && k.term.length === 2 && (places[j]!.from === at - 1 || places[j]!.from === at + 1))) t.counted = false
  })
  const phrases: PlannedPhrase[] = []
  runs.forEach((run, r) => {
    for (const { from, to, text, fields } of run.segments) {
      let known = true
      let sum = 0
      terms.forEach((t, i) => {
        if (places[i]!.from < offsets[r]! + from || places[i]!.to > offsets[r]! + to) return
        known &&= t.known
        sum += t.idf
      })
      if (known) phrases.push({ text, fields, idf: sum })
    }
  })
  runs.forEach((run, r) => {
    for (const { id, from, to } of run.concepts) {
      keepLongest(concepts, { id, idf: index.concepts.get(id)!.idf, length: to - from, covers: covered(places, offsets[r]! + from, offsets[r]! + to) })
    }
  })
  return { terms, phrases, concepts }
}

function planChinese(query: string): QueryPlan {
  const index = chineseIndex()
  const folded = fold(query)
  let normalized = ''
  const runs: ChineseRun[] = []
  const offsets: number[] = []
  for (let from = 0; from < folded.length; ) {
    const word = isWordCode(folded.charCodeAt(from))
    let to = from + 1
    while (to < folded.length && isWordCode(folded.charCodeAt(to)) === word) to++
    if (word) {
      const run = chineseRun(index, folded.slice(from, to))
      runs.push(run)
      offsets.push(normalized.length)
      normalized += run.normalized
    } else {
      normalized += folded.slice(from, to)
    }
    from = to
  }
  if (runs.length === 1) return { script: 'zh', normalized, ...runs[0]!.plan }
  // Runs that share no term: each one's plan holds (its terms follow the earlier runs' ones).
  const terms: PlannedTerm[] = []
  const phrases: PlannedPhrase[] = []
  const concepts: PlannedConcept[] = []
  for (let r = 0; r < runs.length; r++) {
    const { plan } = runs[r]!
    const base = terms.length
    for (let i = 0; i < plan.terms.length; i++) {
      for (let j = 0; j < base; j++) if (terms[j]!.term === plan.terms[i]!.term) return { script: 'zh', normalized, ...composeChinese(index, runs, offsets) }
    }
    for (let i = 0; i < plan.concepts.length; i++) {
      const concept = plan.concepts[i]!
      keepLongest(concepts, base === 0 ? concept : { ...concept, covers: concept.covers.map((t) => t + base) })
    }
    for (let i = 0; i < plan.terms.length; i++) terms.push(plan.terms[i]!)
    for (let i = 0; i < plan.phrases.length; i++) phrases.push(plan.phrases[i]!)
  }
  return { script: 'zh', normalized, terms, phrases, concepts }
}

function planEnglish(query: string): QueryPlan {
  const index = englishIndex()
  const tokens = englishTokens(query)
  const stems: string[] = []
  for (let i = 0; i < tokens.length; i++) stems.push(tokens[i]!.stem)
  const terms: PlannedTerm[] = []
  const places: Found[] = []
  for (let i = 0; i < stems.length; i++) {
    let seen = 0
    while (seen < terms.length && terms[seen]!.term !== stems[i]) seen++
    if (seen < terms.length) continue
    terms.push(plannedTerm(index, stems[i]!))
    places.push({ from: i, to: i + 1 })
  }
  const phrases: PlannedPhrase[] = []
  for (let i = 1; i < stems.length; i++) {
    const pair = `${stems[i - 1]} ${stems[i]}`
    const id = index.termIds.get(pair)
    if (id !== undefined) phrases.push({ text: pair, fields: termFields(index, id), idf: index.idf[index.termIds.get(stems[i - 1]!)!]! + index.idf[index.termIds.get(stems[i]!)!]! })
  }
  const concepts: PlannedConcept[] = []
  for (let at = 0; at < stems.length; at++) {
    const entries = index.phrasesByFirst.get(stems[at]!)
    if (!entries) continue
    for (let e = 0; e < entries.length; e++) {
      const { id, phrase } = entries[e]!
      let j = 1
      while (j < phrase.length && stems[at + j] === phrase[j]) j++
      const concept = index.concepts.get(id)
      if (j === phrase.length && concept) keepLongest(concepts, { id, idf: concept.idf, length: phrase.length, covers: covered(places, at, at + phrase.length) })
    }
  }
  return { script: 'en', normalized: query.trim().toLowerCase().replace(/\s+/g, ' '), terms, phrases, concepts }
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
    const r = fieldScore[field]! * index.fieldPreference[field]!
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
  bestWeight: new Float64Array(docCount),
  fieldScore: new Float64Array(0),
  covered: new Uint8Array(0),
}

export function search(query: string): SearchOutcome {
  const plan = hasHan(query) ? planChinese(query) : planEnglish(query)
  const index: Index = plan.script === 'zh' ? chineseIndex() : englishIndex()
  const { fieldDoc, fieldWeight, postingStart, postingField, termDocStart, termDoc, termSat } = index
  const fieldCount = index.fields.length
  if (scratch.fieldScore.length < fieldCount) scratch.fieldScore = new Float64Array(fieldCount)
  if (scratch.covered.length < docCount * plan.terms.length) scratch.covered = new Uint8Array(docCount * Math.max(64, plan.terms.length))
  const { score, bestWeight, fieldScore, covered } = scratch
  score.fill(0)
  fieldScore.fill(0)
  // covered[doc * terms + t]: the measure matches term t, directly or through a concept.
  covered.fill(0, 0, docCount * plan.terms.length)

  const termCount = plan.terms.length
  for (let t = 0; t < termCount; t++) {
    const term = plan.terms[t]!
    if (term.id < 0) continue
    for (let p = postingStart[term.id]!, end = postingStart[term.id + 1]!; p < end; p++) fieldScore[postingField[p]!]! += term.idf
    for (let k = termDocStart[term.id]!, end = termDocStart[term.id + 1]!; k < end; k++) {
      const doc = termDoc[k]!
      score[doc]! += term.idf * termSat[k]!
      covered[doc * termCount + t] = 1
    }
  }

  for (let f = 0; f < plan.phrases.length; f++) {
    const phrase = plan.phrases[f]!
    bestWeight.fill(0)
    for (let i = 0; i < phrase.fields.length; i++) {
      const field = phrase.fields[i]!
      const doc = fieldDoc[field]!
      bestWeight[doc] = Math.max(bestWeight[doc]!, fieldWeight[field]!)
      fieldScore[field]! += phrase.idf
    }
    for (let doc = 0; doc < docCount; doc++) if (bestWeight[doc]! > 0) score[doc]! += PHRASE * phrase.idf * bestWeight[doc]!
  }

  for (let c = 0; c < plan.concepts.length; c++) {
    const concept = plan.concepts[c]!
    const { fields, docs, sat } = index.concepts.get(concept.id)!
    for (let i = 0; i < fields.length; i++) fieldScore[fields[i]!]! += concept.idf
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k]!
      score[doc]! += concept.idf * sat[k]!
      for (let i = 0; i < concept.covers.length; i++) covered[doc * termCount + concept.covers[i]!] = 1
    }
  }

  let totalIdf = 0
  for (let t = 0; t < termCount; t++) if (plan.terms[t]!.counted) totalIdf += plan.terms[t]!.idf
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
    // The query's concepts this measure holds, in the query's order.
    const concepts: string[] = []
    for (let c = 0; c < plan.concepts.length; c++) {
      const { docs } = index.concepts.get(plan.concepts[c]!.id)!
      for (let k = 0; k < docs.length; k++) if (docs[k] === doc) concepts.push(plan.concepts[c]!.id)
    }
    const hit: Hit = { doc, score: score[doc]! * coverage, coverage, fields: bestFields(index, doc, fieldScore), concepts }
    // Highest score first, then by measure (docs come in ascending order): insertion into a short list.
    let at = hits.length
    hits.push(hit)
    for (; at > 0 && hits[at - 1]!.score < hit.score; at--) hits[at] = hits[at - 1]!
    hits[at] = hit
  }
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

/** A measure's first field (its title). */
const firstField = (doc: number) => allFields().findIndex((f) => f.doc === doc)

/**
 * What snippets need of one field in one language that does not depend on the query, worked out
 * on first use and kept per isolate: its text; in Chinese, its text normalized like the index;
 * where each concept's phrases occur in it (Chinese: ranges of the normalized text; English:
 * indexes of the marked words); its excerpts.
 */
interface FieldView {
  text: string
  aligned: Aligned | undefined
  concepts: Map<string, readonly Highlight[] | readonly number[]>
  /** The excerpt of a long text, by the offset of the highlight it is centred on. */
  windows: Map<number, Window>
}

interface Window {
  start: number
  end: number
  /** The excerpt, with … where it is cut. */
  text: string
  /** Length of the leading … (0 or 1). */
  lead: number
}

const views: Partial<Record<Language, FieldView[]>> = {}

function fieldView(language: Language, field: number): FieldView {
  const list = (views[language] ??= [])
  let view = list[field]
  if (!view) {
    const text = catalogs[language][allFields()[field]!.message]
    const aligned = language === 'en' ? undefined : language === 'zh-Hans' ? chineseIndex().texts[field]! : normalizeChinese(text)
    list[field] = view = { text, aligned, concepts: new Map(), windows: new Map() }
  }
  return view
}

/** Sorts ranges by start (longest first) and joins those that overlap or touch. */
function merge(ranges: Highlight[]): Highlight[] {
  for (let i = 1; i < ranges.length; i++) {
    const r = ranges[i]!
    let at = i
    while (at > 0 && (ranges[at - 1]!.start > r.start || (ranges[at - 1]!.start === r.start && ranges[at - 1]!.end < r.end))) {
      ranges[at] = ranges[at - 1]!
      at--
    }
    ranges[at] = r
  }
  const out: Highlight[] = []
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!
    const last = out[out.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ start: r.start, end: r.end })
  }
  return out
}

/** What to mark in the snippets of one query, in one script; each hit adds its concepts' phrases. */
interface Marks {
  /** Chinese: whole words to find (query segments; with the concept phrases) … */
  words: string[]
  /** … and, when none of them occurs, the query's known bigrams. */
  fallback: string[]
  /** English: the query's stems (concept phrases are stem sequences). */
  stems: string[]
}

function marksFor(plan: QueryPlan, script: 'zh' | 'en'): Marks {
  const marks: Marks = { words: [], fallback: [], stems: [] }
  if (script !== plan.script) return marks
  const { phrases, terms } = plan
  if (script === 'zh') {
    for (let i = 0; i < phrases.length; i++) marks.words.push(phrases[i]!.text)
    for (let i = 0; i < terms.length; i++) if (terms[i]!.known) marks.fallback.push(terms[i]!.term)
  } else {
    for (let i = 0; i < terms.length; i++) if (terms[i]!.known) marks.stems.push(terms[i]!.term)
  }
  return marks
}

function findAll(text: string, words: readonly string[], ranges: Highlight[]) {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) ranges.push({ start: at, end: at + word.length })
  }
}

function chineseHighlights(marks: Marks, concepts: readonly string[], view: FieldView): Highlight[] {
  const aligned = view.aligned!
  let ranges: Highlight[] = []
  for (let c = 0; c < concepts.length; c++) {
    let found = view.concepts.get(concepts[c]!) as readonly Highlight[] | undefined
    if (!found) {
      const own: Highlight[] = []
      findAll(aligned.text, chineseIndex().conceptPhrases.get(concepts[c]!)!, own)
      view.concepts.set(concepts[c]!, (found = own))
    }
    for (let i = 0; i < found.length; i++) ranges.push(found[i]!)
  }
  findAll(aligned.text, marks.words, ranges)
  if (ranges.length === 0) findAll(aligned.text, marks.fallback, (ranges = []))
  const merged = merge(ranges)
  for (let i = 0; i < merged.length; i++) {
    const range = merged[i]!
    const from = originOf(aligned, range.start)
    range.end = Math.max(from + 1, originOf(aligned, range.end))
    range.start = from
  }
  return merged
}

const JOINABLE_GAP = /^(?:[\s\-–]+|[\s\-–]+(?:of|and|the|for|to|a|an)[\s\-–]+)$/i

function englishHighlights(marks: Marks, concepts: readonly string[], field: number, view: FieldView): Highlight[] {
  const { tokens: allTokens, conceptPhrases } = englishIndex()
  const tokens = allTokens[field]!
  const marked = new Uint8Array(tokens.length)
  const { stems } = marks
  for (let i = 0; i < tokens.length; i++) for (let s = 0; s < stems.length; s++) if (tokens[i]!.stem === stems[s]) marked[i] = 1
  for (let c = 0; c < concepts.length; c++) {
    const id = concepts[c]!
    let found = view.concepts.get(id) as readonly number[] | undefined
    if (!found) {
      const own: number[] = []
      for (const phrase of conceptPhrases.get(id)!) {
        for (let i = 0; phrase.length > 0 && i + phrase.length <= tokens.length; i++) {
          let j = 0
          while (j < phrase.length && tokens[i + j]!.stem === phrase[j]) j++
          if (j === phrase.length) for (let k = i; k < i + j; k++) own.push(k)
        }
      }
      view.concepts.set(id, (found = own))
    }
    for (let i = 0; i < found.length; i++) marked[found[i]!] = 1
  }
  const out: Highlight[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!marked[i]) continue
    const token = tokens[i]!
    const last = out[out.length - 1]
    if (last && marked[i - 1] && JOINABLE_GAP.test(view.text.slice(last.end, token.start))) last.end = token.end
    else out.push({ start: token.start, end: token.end })
  }
  return out
}

const SNIPPET_MAX: Readonly<Record<'zh' | 'en', number>> = { zh: 64, en: 180 }
/** Excerpts kept per field and language (a field's matches start at a few places). */
const WINDOWS_PER_FIELD = 64

const CLAUSE_MARKS = '。；：，、'
function lastClauseMark(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_MARKS.includes(text[i]!)) return i
  return -1
}

/** Where to cut a long text so that the match at `first` shows with some context before it. */
function window(text: string, first: number, script: 'zh' | 'en'): Window {
  const max = SNIPPET_MAX[script]
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
  return { start, end, text: prefix + text.slice(start, end) + suffix, lead: prefix.length }
}

/** Cuts a long text to a window around its longest highlight; offsets follow the cut. */
function excerpt(field: Field, view: FieldView, highlights: Highlight[], script: 'zh' | 'en'): Snippet {
  const { text } = view
  if (text.length <= SNIPPET_MAX[script]) return { field, text, highlights }
  // Centre on the longest match (a whole phrase rather than a stray word).
  let best: Highlight | undefined
  for (let i = 0; i < highlights.length; i++) {
    const h = highlights[i]!
    if (!best || h.end - h.start > best.end - best.start) best = h
  }
  const first = best?.start ?? 0
  let cut = view.windows.get(first)
  if (!cut) {
    if (view.windows.size >= WINDOWS_PER_FIELD) view.windows.clear()
    view.windows.set(first, (cut = window(text, first, script)))
  }
  const shifted: Highlight[] = []
  for (let i = 0; i < highlights.length; i++) {
    const h = highlights[i]!
    const start = Math.max(h.start, cut.start) - cut.start + cut.lead
    const end = Math.min(h.end, cut.end) - cut.start + cut.lead
    if (end > start) shifted.push({ start, end })
  }
  return { field, text: cut.text, highlights: shifted }
}

/**
 * The best matching field of each hit, in the response language, with the matched words marked.
 * The words are the query's own when it is in the response language's script, else the
 * equivalents the concept table knows (白菜心 → "cabbage heart").
 */
export function snippets(outcome: SearchOutcome, language: Language): Snippet[] {
  const { plan, hits } = outcome
  const out: Snippet[] = []
  if (hits.length === 0) return out
  const fields = allFields()
  const script = language === 'en' ? 'en' : 'zh'
  const marks = marksFor(plan, script)
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!
    const candidates = hit.fields.length > 0 ? hit.fields : [firstField(hit.doc)]
    let field = candidates[0]!
    let highlights: Highlight[] | undefined
    for (let c = 0; c < candidates.length; c++) {
      const candidate = candidates[c]!
      const view = fieldView(language, candidate)
      const found = script === 'en' ? englishHighlights(marks, hit.concepts, candidate, view) : chineseHighlights(marks, hit.concepts, view)
      highlights ??= found
      if (found.length > 0) {
        field = candidate
        highlights = found
        break
      }
    }
    out.push(excerpt(fields[field]!, fieldView(language, field), highlights!, script))
  }
  return out
}
