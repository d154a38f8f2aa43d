import { ConverterBuilder, ConverterFactory, CustomConverter, type ConverterFunction } from 'opencc-js/core'
import * as traditionalToSimplified from 'opencc-js/preset/t2cn'

/**
 * Chinese text as the search sees it: mainland Simplified, lower-case ASCII, half-width.
 * Queries and indexed text go through the same conversion, so a lossy OpenCC mapping (twp→cn
 * turns 建立 into 创建) still matches. Only OpenCC's Traditional→Simplified data is bundled;
 * the converter is built on the first query that has something to convert, never at module
 * load. Text in which no dictionary entry can start (most Simplified queries) skips it: see
 * `convertible`. The zh-Hans text the index holds needs no converter at all: the few of its
 * runs OpenCC changes are generated at build time (`simplifiedConversions`).
 */

/**
 * Regional words OpenCC's `twp → cn` leaves alone, mapped after it (so keys are in Simplified
 * characters). Each says why; a test checks each is still needed and gives the mainland term.
 */
export const regionalTerms: readonly { from: string; to: string; reason: string }[] = [
  { from: '航太', to: '航天', reason: 'Taiwan says 航太 for aerospace (the source writes 商業航太); OpenCC keeps it.' },
  { from: '界面', to: '接口', reason: 'OpenCC turns Taiwan 介面 into 界面; mainland says 接口 (脑机接口).' },
  { from: '育成中心', to: '孵化器', reason: 'Taiwan word for a business incubator; OpenCC has no entry.' },
  { from: '生技医药', to: '生物医药', reason: 'Taiwan 生技醫藥 (biotech and pharma); mainland 生物医药.' },
  { from: '资讯科技', to: '信息技术', reason: 'Taiwan 資訊科技 typed in Simplified characters; OpenCC maps only the Traditional form.' },
  { from: '资讯', to: '信息', reason: 'Taiwan 資訊 typed in Simplified characters.' },
  { from: '智慧制造', to: '智能制造', reason: 'Taiwan 智慧製造 typed in Simplified characters.' },
  { from: '智慧网联', to: '智能网联', reason: 'Taiwan 智慧網聯 typed in Simplified characters.' },
  { from: '具身智慧', to: '具身智能', reason: 'Taiwan 具身智慧 typed in Simplified characters.' },
  { from: '人工智慧', to: '人工智能', reason: 'Taiwan 人工智慧 typed in Simplified characters.' },
  { from: '量子通讯', to: '量子通信', reason: 'Taiwan 量子通訊 typed in Simplified characters.' },
  { from: '专案', to: '项目', reason: 'Taiwan 專案 typed in Simplified characters.' },
]

let converter: ConverterFunction | undefined

/** Hong Kong variant characters → OpenCC Traditional → mainland Simplified → regional words. */
function toMainland(): ConverterFunction {
  if (!converter) {
    const hongKongVariants = ConverterFactory(traditionalToSimplified.from.hk!)
    const taiwanToMainland = ConverterBuilder(traditionalToSimplified)({ from: 'twp', to: 'cn' })
    const regional = CustomConverter(regionalTerms.map(({ from, to }) => [from, to] as [string, string]))
    converter = (text) => regional(taiwanToMainland(hongKongVariants(text)))
  }
  return converter
}

/** Whether the OpenCC converter has been built in this isolate (for tests of laziness). */
export const converterBuilt = () => converter !== undefined

/** OpenCC's whole conversion, however little the text needs it (for tests: it builds the converter). */
export const toMainlandAlways = (text: string) => toMainland()(text)

/**
 * Where a conversion can start. OpenCC replaces text only where a dictionary key matches, so a
 * run in which no key of any of its dictionaries (nor of `regionalTerms`) can start comes out of
 * every step unchanged, and needs no converter. What keys start with a character is looked up in
 * the serialized dictionaries ("key value|key value") the first time the character is seen: a
 * search for it in their ~46,000 characters, where building the converter's tries takes ~10 ms.
 */
const NOT_SEEN = 0
const SEEN = 1
/** A key is this character alone (or it is half of a surrogate pair: those always go to the converter). */
const SINGLE = 2
/** Keys of two or more characters start with it; `seconds` says which characters follow. */
const LONGER = 4

let flags: Uint8Array | undefined
const seconds = new Map<number, Set<number>>()
let dictionaries: string[] | undefined

/** Every string of the preset, each read as a serialized dictionary (conservatively: a pair's value too), and the regional terms. */
function allDictionaries(): string[] {
  if (!dictionaries) {
    const found = new Set<string>()
    const walk = (data: unknown) => {
      if (typeof data === 'string') found.add(data)
      else if (Array.isArray(data)) for (const item of data) walk(item)
      else if (data !== null && typeof data === 'object') for (const value of Object.values(data)) walk(value)
    }
    walk(traditionalToSimplified)
    found.add(regionalTerms.map(({ from, to }) => `${from} ${to}`).join('|'))
    dictionaries = [...found]
  }
  return dictionaries
}

function flagsOf(code: number): number {
  flags ??= new Uint8Array(0x10000)
  let found = flags[code]!
  if (found === NOT_SEEN) {
    found = SEEN
    if (code >= 0xd800 && code <= 0xdfff) found |= SINGLE
    else {
      const char = String.fromCharCode(code)
      for (const dictionary of allDictionaries()) {
        for (let at = dictionary.indexOf(char); at >= 0; at = dictionary.indexOf(char, at + 1)) {
          if (at > 0 && dictionary.charCodeAt(at - 1) !== 0x7c) continue // not at the start of a key
          const next = dictionary.charCodeAt(at + 1)
          if (!(next >= 0) || next === 0x20 || next === 0x7c) found |= SINGLE
          else {
            found |= LONGER
            let after = seconds.get(code)
            if (!after) seconds.set(code, (after = new Set()))
            after.add(next)
          }
        }
      }
    }
    flags[code] = found
  }
  return found
}

/** Whether OpenCC might change a run of text; false means it certainly does not. */
export function convertible(run: string): boolean {
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i)
    const found = flagsOf(code)
    if (found & SINGLE) return true
    if (found & LONGER && i + 1 < run.length && seconds.get(code)!.has(run.charCodeAt(i + 1))) return true
  }
  return false
}

/** One run of word characters (already folded) in mainland Simplified. */
export const convertText = (run: string) => (convertible(run) ? toMainland()(run) : run)

const foldedCode = (code: number) => {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
  else if (code === 0x3000) code = 0x20
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
}

/** ASCII lower case and full-width ASCII → half-width: one character for one, so offsets hold. */
export function fold(text: string): string {
  let i = 0
  while (i < text.length && foldedCode(text.charCodeAt(i)) === text.charCodeAt(i)) i++
  if (i === text.length) return text
  let out = text.slice(0, i)
  for (; i < text.length; i++) out += String.fromCharCode(foldedCode(text.charCodeAt(i)))
  return out
}

/**
 * Letters and digits, as opposed to spaces, punctuation and symbols (ASCII, general and CJK
 * punctuation, full-width forms). Conversion runs over each stretch of word characters.
 */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)
  if (code < 0xc0) return code === 0xb2 || code === 0xb3 || code === 0xb9 || code === 0xaa || code === 0xba
  if (code >= 0x2000 && code <= 0x2bff) return false
  if (code >= 0x3000 && code <= 0x303f) return false
  if (code >= 0xfe30 && code <= 0xfe4f) return false
  if (code >= 0xff00 && code <= 0xff65) return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)
  return true
}

/** `text` normalized, and for each of its characters the offset in the source it came from. */
export interface Aligned {
  text: string
  /** origin[i] = source offset of text[i]; origin[text.length] = source length. Null when they are equal (nothing changed length). */
  origin: readonly number[] | null
}

/** Where text[i] of an aligned text came from in its source. */
export const originOf = (aligned: Aligned, i: number): number => (aligned.origin === null ? i : aligned.origin[i]!)

/** Calls `each(start, end, word)` for the stretches of word and non-word characters. */
function runs(text: string, each: (start: number, end: number, word: boolean) => void) {
  let start = 0
  while (start < text.length) {
    const word = isWordCode(text.charCodeAt(start))
    let end = start + 1
    while (end < text.length && isWordCode(text.charCodeAt(end)) === word) end++
    each(start, end, word)
    start = end
  }
}

/** The normalized text alone, as for a query: the same conversion, without the alignment. */
export function toSearchText(source: string): string {
  const folded = fold(source)
  let text = ''
  runs(folded, (start, end, word) => {
    const run = folded.slice(start, end)
    text += word ? convertText(run) : run
  })
  return text
}

/**
 * Converts run by run (OpenCC phrases never span punctuation), so each converted run can be
 * aligned with its source: equal lengths map one to one; otherwise the common prefix and
 * suffix map exactly and the changed middle spreads over the source's middle.
 */
function aligned(source: string, convert: (run: string) => string): Aligned {
  const folded = fold(source)
  const outs: string[] = []
  let text = ''
  let resized = false
  runs(folded, (at, end, word) => {
    const run = folded.slice(at, end)
    const out = word ? convert(run) : run
    outs.push(out)
    resized ||= out.length !== run.length
    text += out
  })
  if (!resized) return { text, origin: null }
  const origin: number[] = []
  let next = 0
  runs(folded, (at, end) => {
    const run = folded.slice(at, end)
    const out = outs[next++]!
    if (out.length === run.length) {
      for (let i = 0; i < out.length; i++) origin.push(at + i)
    } else {
      let prefix = 0
      while (prefix < out.length && prefix < run.length && out[prefix] === run[prefix]) prefix++
      let suffix = 0
      while (suffix < out.length - prefix && suffix < run.length - prefix && out[out.length - 1 - suffix] === run[run.length - 1 - suffix]) suffix++
      const outMiddle = out.length - prefix - suffix
      const runMiddle = run.length - prefix - suffix
      for (let i = 0; i < out.length; i++) {
        if (i < prefix) origin.push(at + i)
        else if (i >= out.length - suffix) origin.push(at + run.length - (out.length - i))
        else origin.push(at + prefix + Math.floor(((i - prefix) * runMiddle) / outMiddle))
      }
    }
  })
  origin.push(source.length)
  return { text, origin }
}

/** Any text normalized, with its alignment (the converter is built if the text needs it). */
export const normalizeChinese = (source: string): Aligned => aligned(source, convertText)

/**
 * The runs of `texts` that OpenCC changes, run → converted (for the generated table that lets
 * the index normalize the zh-Hans catalog without the converter).
 */
export function simplifiedConversions(texts: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const source of texts) {
    const folded = fold(source)
    runs(folded, (start, end, word) => {
      const run = folded.slice(start, end)
      const converted = word ? convertText(run) : run
      if (converted !== run) out[run] = converted
    })
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * Text whose changed runs are all in `conversions` (the zh-Hans catalog and the concept phrases,
 * with the generated table), normalized exactly as `normalizeChinese` would, without OpenCC.
 */
export function normalizeWith(source: string, conversions: Readonly<Record<string, string>>): Aligned {
  const folded = fold(source)
  // A run can only be one of the table's if the text holds it.
  for (const run in conversions) if (folded.includes(run)) return aligned(source, (word) => (Object.hasOwn(conversions, word) ? conversions[word]! : word))
  return { text: folded, origin: null }
}

export const isHanCode = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) return true
  return false
}

/**
 * Question and function words a user adds around the terms (请问，怎么申请房租补贴？).
 * They split the query instead of forming bigrams with the words around them.
 */
const STOPWORDS = [
  '有没有', '能不能', '是不是', '什么', '怎么', '怎样', '如何', '哪些', '哪个', '多少', '是否', '可以', '能否', '请问',
  '我们', '你们', '关于', '有关', '相关', '一下', '申请', '政策', '的话', '的', '了', '吗', '呢', '吧', '啊', '我', '你',
  '和', '与', '及', '或',
]
const STOPWORD_PATTERN = new RegExp(STOPWORDS.join('|'), 'g')

/** Blanks stopwords with spaces of the same length, so positions still point into `text`. */
export const blankStopwords = (text: string) => text.replace(STOPWORD_PATTERN, (word) => ' '.repeat(word.length))

const isAsciiWordCode = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)

/**
 * Calls `each(term, at)` for the index and query terms of normalized text, `at` being the term's
 * offset: every Han bigram (and unigram when `unigrams`), and whole ASCII words (6g). A run of
 * one Han character gives its unigram either way.
 */
export function eachChineseTerm(text: string, unigrams: boolean, each: (term: string, at: number) => void) {
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (isHanCode(code)) {
      let end = i + 1
      while (end < text.length && isHanCode(text.charCodeAt(end))) end++
      for (let j = i; j < end; j++) {
        if (unigrams || end - i === 1) each(text[j]!, j)
        if (j + 1 < end) each(text.slice(j, j + 2), j)
      }
      i = end
    } else if (isAsciiWordCode(code)) {
      let end = i + 1
      while (end < text.length && isAsciiWordCode(text.charCodeAt(end))) end++
      each(text.slice(i, end), i)
      i = end
    } else {
      i++
    }
  }
}
