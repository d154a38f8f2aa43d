import * as OpenCC from 'opencc-js'
import { measures, groups } from '../rules/measures.ts'
import { parameters } from '../rules/parameters.ts'
import { policy } from '../rules/policy.ts'
import type { Citation } from '../rules/sources.ts'
import { applyOverrides, plainConverter } from './variants.ts'
import type { GeneratedLanguage } from './overrides.ts'

/**
 * The stored article is the portal's machine conversion of a Simplified original into Traditional
 * characters with Taiwan phrasing (支援, 資訊, 航太). Quoting it verbatim in a zh-Hans or zh-Hant
 * response would leak that phrasing, so each quote is converted back to mainland Simplified: OpenCC
 * converts the characters only (tw→cn; its phrase mode would also rewrite words the original uses,
 * such as 建立→创建), then the reviewed list below restores the mainland words FACTS.md names.
 * The quotes then go on to the variants like all other text. `line` points at the verbatim passage.
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

export type QuoteLanguage = 'zh-Hans' | GeneratedLanguage
export type QuoteCatalog = Record<string, Record<QuoteLanguage, string>>

export function articleQuotes(): string[] {
  const all: Citation[] = [
    ...Object.values(parameters).map((p) => p.citation),
    ...measures.flatMap((m) => [m.citation, ...m.support.map((s) => s.citation), ...m.conditions.map((c) => c.citation), ...m.notes.map((n) => n.citation)]),
    ...groups.map((g) => g.citation),
    policy.citation,
    policy.headline,
  ]
  return [...new Set(all.flatMap((c) => (c.source === 'article' ? [c.quote] : [])))].sort()
}

export function generateQuotes(): QuoteCatalog {
  const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' })
  const variants = (['zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK'] as const).map((language) => [language, plainConverter(language)] as const)
  const catalog: QuoteCatalog = {}
  for (const quote of articleQuotes()) {
    let mainland = toCn(quote)
    for (const { from, to } of toMainlandWords) mainland = mainland.split(from).join(to)
    const entry = { 'zh-Hans': mainland } as Record<QuoteLanguage, string>
    for (const [language, convert] of variants) entry[language] = applyOverrides(language, convert(mainland))
    catalog[quote] = entry
  }
  return catalog
}
