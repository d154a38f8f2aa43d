import { ConverterBuilder, ConverterFactory, CustomConverter, type ConverterFunction } from 'opencc-js/core'
import * as traditionalToSimplified from 'opencc-js/preset/t2cn'

/**
 * Chinese text as the search sees it: mainland Simplified, lower-case ASCII, half-width.
 * Queries and indexed text go through the same function, so a lossy OpenCC mapping (twp→cn
 * turns 建立 into 创建) still matches. Only OpenCC's Traditional→Simplified data is bundled;
 * the converter is built on the first Chinese search of an isolate, never at module load.
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

const foldedCode = (code: number) => {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
  else if (code === 0x3000) code = 0x20
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
}

/** ASCII lower case and full-width ASCII → half-width: one character for one, so offsets hold. */
function fold(text: string): string {
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
function isWordCode(code: number): boolean {
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
  /** origin[i] = source offset of text[i]; origin[text.length] = source length. */
  origin: readonly number[]
}


/**
 * Converts run by run (OpenCC phrases never span punctuation), so each converted run can be
 * aligned with its source: equal lengths map one to one; otherwise the common prefix and
 * suffix map exactly and the changed middle spreads over the source's middle.
 */
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
  const convert = toMainland()
  const folded = fold(source)
  let text = ''
  runs(folded, (start, end, word) => {
    const run = folded.slice(start, end)
    text += word ? convert(run) : run
  })
  return text
}

export function normalizeChinese(source: string): Aligned {
  const convert = toMainland()
  const folded = fold(source)
  const origin: number[] = []
  let text = ''
  runs(folded, (at, end, word) => {
    const run = folded.slice(at, end)
    const out = word ? convert(run) : run
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
    text += out
  })
  origin.push(source.length)
  return { text, origin }
}

const isHanCode = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
export const isHan = (ch: string) => isHanCode(ch.charCodeAt(0))
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

export interface ChineseTerm {
  term: string
  /** Offset in the normalized text. */
  at: number
}

const isAsciiWordCode = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)

/**
 * Index and query terms of normalized text: every Han bigram (and unigram when `unigrams`), and
 * whole ASCII words (6g). A run of one Han character gives its unigram either way.
 */
export function chineseTerms(text: string, unigrams: boolean): ChineseTerm[] {
  const terms: ChineseTerm[] = []
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (isHanCode(code)) {
      let end = i + 1
      while (end < text.length && isHanCode(text.charCodeAt(end))) end++
      for (let j = i; j < end; j++) {
        if (unigrams || end - i === 1) terms.push({ term: text[j]!, at: j })
        if (j + 1 < end) terms.push({ term: text.slice(j, j + 2), at: j })
      }
      i = end
    } else if (isAsciiWordCode(code)) {
      let end = i + 1
      while (end < text.length && isAsciiWordCode(text.charCodeAt(end))) end++
      terms.push({ term: text.slice(i, end), at: i })
      i = end
    } else {
      i++
    }
  }
  return terms
}
