import * as OpenCC from 'opencc-js'
import { measures, groups } from '../rules/measures.ts'
import { parameters } from '../rules/parameters.ts'
import { policy } from '../rules/policy.ts'
import { entryAtLine, releaseEntries, type ReleaseEntryId } from '../rules/release.ts'
import type { ArticleCitation, Citation } from '../rules/sources.ts'
import { plainConverter } from './variants.ts'
import type { GeneratedLanguage } from './overrides.ts'
import { releaseEn as handTranslated, type TranslatedEntry } from './release.en.ts'

/**
 * The release's own words in every Chinese script, built from the stored file at build time
 * (npm run i18n:build → generated/release.json; a test fails when it is stale).
 *
 * The stored file is the portal's machine conversion of a Simplified original into Traditional
 * characters with Taiwan phrasing (支援, 資訊, 航太), so:
 * - zh-Hant-TW is the stored text itself, verbatim (its leading indentation aside);
 * - zh-Hans is the Simplified original reconstructed: OpenCC converts the characters only (tw→cn;
 *   its phrase mode would also rewrite words the original uses, such as 建立→创建), the reviewed
 *   words below restore the mainland words FACTS.md names, and the punctuation below is written
 *   full-width again;
 * - zh-Hant and zh-Hant-HK are that Simplified text through plain OpenCC cn→tw and cn→hk. The
 *   reviewed override lists (overrides.ts) are for our own text and never touch the release.
 *
 * - en is the hand-written translation (release.en.ts), with its translations of the cited passages
 *   turned into an alignment: where each passage is in the stored text and where its translation
 *   is in the English.
 *
 * Every conversion keeps the text's length, so a citation's quote is the same span of its entry's
 * text in every script: the worker finds the quote in the stored text and serves that span of the
 * response's script, so a quote is always a substring of the entry a client reads in
 * GET /v1/source, and in English its translation a substring of the entry's translation.
 */
export const toMainlandWords: readonly { from: string; to: string; reason: string }[] = [
  { from: '支援', to: '支持', reason: 'Taiwan 支援 for the original 支持 (FACTS.md).' },
  { from: '资讯', to: '信息', reason: 'Taiwan 資訊 for the original 信息 (FACTS.md).' },
  { from: '智慧制造', to: '智能制造', reason: 'Taiwan 智慧製造 for the original 智能制造 (FACTS.md).' },
  { from: '智慧网联', to: '智能网联', reason: 'Taiwan 智慧網聯 for the original 智能网联 (FACTS.md).' },
  { from: '具身智慧', to: '具身智能', reason: 'Taiwan 具身智慧 for the original 具身智能 (FACTS.md).' },
  { from: '航太', to: '航天', reason: 'Taiwan 航太 for the original 航天 (FACTS.md).' },
  { from: '介面', to: '接口', reason: 'Taiwan 介面 for the original 接口 (脑机接口, FACTS.md).' },
]

/**
 * The stored copy writes , ; ( ) : in ASCII wherever the character has an ASCII compatibility
 * form, while its quotation marks “”, which have none, stay full-width: it went through a
 * compatibility normalization. The Simplified original writes them full-width (，；（）：); a colon
 * between digits is a ratio (1:1) and stays as it is.
 */
const ASCII_PUNCTUATION = /[,;()]|(?<!\d):|:(?!\d)/g
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', '(': '（', ')': '）', ':': '：' }
export const toFullWidthPunctuation = (text: string) => text.replace(ASCII_PUNCTUATION, (ch) => FULL_WIDTH[ch]!)

/** The four Chinese scripts of the release; English is translated by hand (release.en.ts). */
export type ReleaseScript = 'zh-Hans' | GeneratedLanguage
export const releaseScripts = ['zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK'] as const satisfies readonly ReleaseScript[]

export type ReleaseEntryTexts = Record<ReleaseScript | 'en', string> & {
  /** `[start, end, enStart, enEnd]`: a cited passage of the stored text, and its translation in `en`. */
  aligned: number[][]
}

/** Each entry's text in the four scripts and in English, entry by entry (the variants of one entry side by side). */
export type ReleaseCatalog = Record<ReleaseEntryId, ReleaseEntryTexts>

/** Every citation of the article the API serves. */
export function articleCitations(): ArticleCitation[] {
  const all: Citation[] = [
    ...Object.values(parameters).map((p) => p.citation),
    ...measures.flatMap((m) => [m.citation, ...m.support.map((s) => s.citation), ...m.conditions.map((c) => c.citation), ...m.notes.map((n) => n.citation)]),
    ...groups.map((g) => g.citation),
    policy.citation,
    policy.headline,
  ]
  const unique = new Map<string, ArticleCitation>()
  for (const citation of all) if (citation.source === 'article') unique.set(`${citation.line} ${citation.quote}`, citation)
  return [...unique.values()].sort((a, b) => a.line - b.line || (a.quote < b.quote ? -1 : a.quote > b.quote ? 1 : 0))
}

/** Stored (Traditional, Taiwan-phrased) text → the mainland Simplified original. */
export function simplifiedConverter(): (stored: string) => string {
  const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' })
  return (stored) => {
    let text = toCn(stored)
    for (const { from, to } of toMainlandWords) text = text.split(from).join(to)
    return toFullWidthPunctuation(text)
  }
}

/**
 * Builds the catalog from the stored file's text (read by the caller: fs at build time, ?raw in
 * tests) and the hand-written English.
 */
export function generateRelease(article: string, english: Readonly<Record<ReleaseEntryId, TranslatedEntry>> = handTranslated): ReleaseCatalog {
  const lines = article.split('\n')
  const toHans = simplifiedConverter()
  const toHant = plainConverter('zh-Hant')
  const toHK = plainConverter('zh-Hant-HK')
  const catalog = {} as ReleaseCatalog
  for (const entry of releaseEntries) {
    const stored = (lines[entry.line - 1] ?? '').trim()
    if (!stored) throw new Error(`line ${entry.line} (${entry.id}) is empty`)
    const hans = toHans(stored)
    const texts = { 'zh-Hans': hans, 'zh-Hant': toHant(hans), 'zh-Hant-TW': stored, 'zh-Hant-HK': toHK(hans) }
    for (const script of releaseScripts) {
      if (texts[script].length !== stored.length) throw new Error(`${entry.id}: the ${script} text is not as long as the stored one, so quotes cannot be located in it`)
    }
    const { text: en, quotes = {} } = english[entry.id]
    const aligned = Object.entries(quotes).map(([quote, translation]) => {
      const start = stored.indexOf(quote)
      const enStart = en.indexOf(translation)
      if (start < 0) throw new Error(`${entry.id}: not in the stored text: ${quote}`)
      if (enStart < 0) throw new Error(`${entry.id}: the translation of ${quote} is not in the entry's English: ${translation}`)
      return [start, start + quote.length, enStart, enStart + translation.length]
    })
    catalog[entry.id] = { ...texts, en, aligned: aligned.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!) }
  }
  for (const citation of articleCitations()) {
    const entry = entryAtLine(citation.line)
    if (!entry) throw new Error(`line ${citation.line} is not an entry of the release: ${citation.quote}`)
    if (!catalog[entry.id]['zh-Hant-TW'].includes(citation.quote)) throw new Error(`not on line ${citation.line}: ${citation.quote}`)
  }
  return catalog
}
