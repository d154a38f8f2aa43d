import type { MessageKey } from '../../../i18n/zh-Hans.ts'
import { measures } from '../../../rules/measures.ts'
import type { Language } from '../../lib/language.ts'
import type { Translator } from '../../lib/messages.ts'
import type { SearchResponseDto } from '../../schemas.ts'
import { search, snippets, type Field, type FieldKind } from '../../search/engine.ts'

type SnippetField = SearchResponseDto['results'][number]['snippet']['field']

const snippetField: Readonly<Record<FieldKind, SnippetField>> = {
  title: 'title',
  name: 'name',
  summary: 'summary',
  benefit: 'benefit',
  figure: 'figure',
  condition: 'condition',
  note: 'note',
  'glossary-term': 'glossary',
  'glossary-gloss': 'glossary',
}

const title = (t: Translator, doc: number) => t(`measure.${measures[doc]!.id}.title` as MessageKey)
const nickname = (t: Translator, doc: number) => t.maybe(`measure.${measures[doc]!.id}.name`) ?? null
const rounded = (score: number) => Math.round(score * 1000) / 1000

/** Search results in the translator's language (the body's shape; the handler writes its bytes with searchBody). */
export function searchDto(query: string, t: Translator): SearchResponseDto {
  const outcome = search(query)
  const found = snippets(outcome, t.language)
  const results = outcome.hits.map((hit, i) => {
    const measure = measures[hit.doc]!
    const { field, text, highlights } = found[i]!
    return {
      measureId: measure.id,
      kind: measure.kind,
      title: title(t, hit.doc),
      name: nickname(t, hit.doc),
      score: rounded(hit.score),
      snippet: { field: snippetField[field.kind], key: field.key, text, highlights },
    }
  })
  return {
    query,
    normalizedQuery: outcome.plan.normalized,
    queryLanguage: outcome.plan.script === 'zh' ? 'zh-Hans' : 'en',
    count: results.length,
    results,
  }
}

/**
 * The response body, as UTF-8, written straight into bytes: what does not depend on the query is
 * encoded once per isolate (per language and measure, a result up to its score; per field, its
 * snippet up to the text; each excerpt, quoted), the rest (the query, numbers, offsets) is
 * encoded as it is written. The bytes are exactly those of `JSON.stringify(searchDto(query, t))`
 * (a test holds them equal).
 */
const utf8 = new TextEncoder()
const resultHeads: Partial<Record<Language, Uint8Array[]>> = {}
const snippetHeads = new Map<Field, Uint8Array>()
const quoted = new Map<string, Uint8Array>()
const QUOTED_LIMIT = 4096

const ascii = (text: string) => utf8.encode(text)
const QUERY = ascii('{"query":')
const NORMALIZED = ascii(',"normalizedQuery":')
const QUERY_LANGUAGE: Readonly<Record<'zh' | 'en', Uint8Array>> = { zh: ascii(',"queryLanguage":"zh-Hans","count":'), en: ascii(',"queryLanguage":"en","count":') }
const RESULTS = ascii(',"results":[')
const HIGHLIGHTS = ascii(',"highlights":[')
const START = ascii('{"start":')
const END = ascii(',"end":')
const END_RESULT = ascii(']}}')
const END_BODY = ascii(']}')

function resultHead(t: Translator, doc: number): Uint8Array {
  const heads = (resultHeads[t.language] ??= [])
  return (heads[doc] ??= utf8.encode(
    `{"measureId":${JSON.stringify(measures[doc]!.id)},"kind":${JSON.stringify(measures[doc]!.kind)},"title":${JSON.stringify(title(t, doc))},"name":${JSON.stringify(nickname(t, doc))},"score":`,
  ))
}

function snippetHead(field: Field): Uint8Array {
  let head = snippetHeads.get(field)
  if (head === undefined) {
    head = utf8.encode(`,"snippet":{"field":${JSON.stringify(snippetField[field.kind])},"key":${JSON.stringify(field.key)},"text":`)
    snippetHeads.set(field, head)
  }
  return head
}

function quote(text: string): Uint8Array {
  let bytes = quoted.get(text)
  if (bytes === undefined) {
    bytes = utf8.encode(JSON.stringify(text))
    if (quoted.size >= QUOTED_LIMIT) quoted.clear()
    quoted.set(text, bytes)
  }
  return bytes
}

/** One body at a time (a search runs synchronously), in a buffer reused across requests. */
const out = { bytes: new Uint8Array(8 * 1024), length: 0 }

function reserve(bytes: number) {
  if (out.length + bytes <= out.bytes.length) return
  const grown = new Uint8Array(Math.max(out.bytes.length * 2, out.length + bytes))
  grown.set(out.bytes.subarray(0, out.length))
  out.bytes = grown
}

function put(chunk: Uint8Array) {
  reserve(chunk.length)
  out.bytes.set(chunk, out.length)
  out.length += chunk.length
}

/** Text as UTF-8: ASCII (numbers, most English) copied byte by byte, the rest through the encoder. */
function putText(text: string) {
  reserve(text.length * 3)
  const { bytes } = out
  for (let i = 0, at = out.length; i < text.length; i++, at++) {
    const code = text.charCodeAt(i)
    if (code > 0x7f) {
      out.length += utf8.encodeInto(text, bytes.subarray(out.length)).written
      return
    }
    bytes[at] = code
  }
  out.length += text.length
}

/** JSON.stringify(text) as UTF-8, without calling it for text that needs no escape (no quote, backslash, control character or surrogate). */
function putString(text: string) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) return putText(JSON.stringify(text))
  }
  putText(`"${text}"`)
}

/** The response body for a query in the translator's language. */
export function searchBody(query: string, t: Translator): Uint8Array {
  const outcome = search(query)
  const found = snippets(outcome, t.language)
  const { hits, plan } = outcome
  out.length = 0
  put(QUERY)
  putString(query)
  put(NORMALIZED)
  putString(plan.normalized)
  put(QUERY_LANGUAGE[plan.script])
  putText(`${hits.length}`)
  put(RESULTS)
  for (let i = 0; i < hits.length; i++) {
    const { field, text, highlights } = found[i]!
    if (i > 0) putText(',')
    put(resultHead(t, hits[i]!.doc))
    putText(`${rounded(hits[i]!.score)}`)
    put(snippetHead(field))
    put(quote(text))
    put(HIGHLIGHTS)
    for (let j = 0; j < highlights.length; j++) {
      if (j > 0) putText(',')
      put(START)
      putText(`${highlights[j]!.start}`)
      put(END)
      putText(`${highlights[j]!.end}}`)
    }
    put(END_RESULT)
  }
  put(END_BODY)
  return keep(out.bytes.subarray(0, out.length))
}

/**
 * Bodies are kept (the handler's recent bodies), each a view into a shared slab: one buffer
 * allocated per ~100 bodies instead of one per body. Nothing writes to a body once it is made.
 */
const SLAB = 64 * 1024
let slab = new Uint8Array(0)
let used = 0

function keep(bytes: Uint8Array): Uint8Array {
  if (used + bytes.length > slab.length) {
    slab = new Uint8Array(Math.max(SLAB, bytes.length))
    used = 0
  }
  const body = slab.subarray(used, used + bytes.length)
  body.set(bytes)
  used += bytes.length
  return body
}
