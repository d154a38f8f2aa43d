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
 * response would leak that phrasing, so each quote is converted back to mainland Simplified
 * (OpenCC twp→cn plus the reviewed fixes below) and then on to the variants like all other text.
 * The line number in every citation still points at the verbatim passage.
 */
export const toMainlandFixes: readonly { from: string; to: string; reason: string }[] = [
  { from: '航太', to: '航天', reason: 'OpenCC twp→cn keeps the Taiwan word 航太; the mainland original says 航天 (FACTS.md).' },
  { from: '脑机界面', to: '脑机接口', reason: 'OpenCC turns 介面 into 界面; the mainland term is 脑机接口 (FACTS.md).' },
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
  const toCn = OpenCC.Converter({ from: 'twp', to: 'cn' })
  const variants = (['zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK'] as const).map((language) => [language, plainConverter(language)] as const)
  const catalog: QuoteCatalog = {}
  for (const quote of articleQuotes()) {
    let mainland = toCn(quote)
    for (const { from, to } of toMainlandFixes) mainland = mainland.split(from).join(to)
    const entry = { 'zh-Hans': mainland } as Record<QuoteLanguage, string>
    for (const [language, convert] of variants) entry[language] = applyOverrides(language, convert(mainland))
    catalog[quote] = entry
  }
  return catalog
}
