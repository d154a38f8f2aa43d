import { data } from '../lib/data.ts'
import { fold } from './fold.ts'

/**
 * Chinese text as the search sees it: mainland Simplified, lower-case ASCII, half-width. Queries
 * and the indexed text go through the same conversion, so a lossy one (twp→cn turns 建立 into
 * 创建) still matches. The conversion is OpenCC's (Hong Kong variants, then twp→cn, then the
 * regional words of i18n/search.ts), generated into a table by `npm run i18n:build` and limited
 * to this corpus: keyed by first character, longest phrase first.
 */
const table = await data<Readonly<Record<string, Readonly<Record<string, string>>>>>(import('./generated/traditional.json.bin'))

/**
 * Text normalized, and for each of its characters (and its end) the offset in the source it came
 * from. Characters outside the table are taken as already Simplified: a Traditional character it
 * does not hold has no Simplified form in the indexed text, so converting it could not make a match.
 */
export function toMainland(source: string): { text: string; origin: number[] } {
  const folded = fold(source)
  let text = ''
  const origin: number[] = []
  for (let at = 0; at < folded.length; ) {
    const phrases = table[folded[at]!]
    const from = (phrases && Object.keys(phrases).find((key) => folded.startsWith(key, at))) ?? folded[at]!
    const to = phrases?.[from] ?? from
    // A phrase that changes length (育成中心 → 孵化器) spreads its output over its source.
    for (let i = 0; i < to.length; i++) origin.push(at + Math.floor((i * from.length) / to.length))
    text += to
    at += from.length
  }
  origin.push(folded.length)
  return { text, origin }
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
export const hasHan = (text: string) => HAN.test(text)

/**
 * Question and function words a user adds around the terms (请问，怎么申请房租补贴？). Blanked
 * with spaces of the same length, they split the query instead of forming bigrams with the
 * words around them, and offsets still point into the query.
 */
const STOPWORDS =
  /有没有|能不能|是不是|什么|怎么|怎样|如何|哪些|哪个|多少|是否|可以|能否|请问|我们|你们|关于|有关|相关|一下|申请|政策|的话|的|了|吗|呢|吧|啊|我|你|和|与|及|或/g
export const blankStopwords = (text: string) => text.replace(STOPWORDS, (word) => ' '.repeat(word.length))

/** The terms of normalized text, each with its offset: Han bigrams (a lone Han character alone) and ASCII words. */
export function chineseTerms(text: string): { text: string; from: number }[] {
  const terms: { text: string; from: number }[] = []
  for (const { 0: run, index } of text.matchAll(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g)) {
    if (run.length === 1 || !hasHan(run)) terms.push({ text: run, from: index })
    else for (let i = 0; i + 1 < run.length; i++) terms.push({ text: run.slice(i, i + 2), from: index + i })
  }
  return terms
}
