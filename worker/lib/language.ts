/** How a request picks one of the contract's language variants (the list is shared with the mini-program). */
import { defaultLanguage, languages, type Language } from '../../i18n/languages.ts'

export { defaultLanguage, languages }
export type { Language }

const exact = new Map<string, Language>(languages.map((tag) => [tag.toLowerCase(), tag]))

const aliases = new Map<string, Language>([
  ['zh', 'zh-Hans'], ['zh-cn', 'zh-Hans'], ['zh-sg', 'zh-Hans'],
  ['zh-tw', 'zh-Hant-TW'],
  ['zh-hk', 'zh-Hant-HK'], ['zh-mo', 'zh-Hant-HK'],
])

/**
 * The contract's tags and aliases (zh_CN, zh-TW, en-US, …), case and `_` ignored. With
 * `lenient` (Accept-Language only), longer tags fall back on their script: zh-Hant-MO → zh-Hant-HK,
 * zh-Hans-CN → zh-Hans, zh-Hant-XX → zh-Hant. An explicit ?lang= is matched strictly.
 */
export function matchLanguage(tag: string, lenient = false): Language | undefined {
  const t = tag.trim().toLowerCase().replaceAll('_', '-')
  const found = exact.get(t) ?? aliases.get(t)
  if (found) return found
  if (t === 'en' || t.startsWith('en-')) return 'en'
  if (!lenient) return undefined
  if (t.startsWith('zh-hans-') || t === 'zh-my' || t === 'zh-chs') return 'zh-Hans'
  if (t.startsWith('zh-hant-tw')) return 'zh-Hant-TW'
  if (t.startsWith('zh-hant-hk') || t.startsWith('zh-hant-mo')) return 'zh-Hant-HK'
  if (t.startsWith('zh-hant') || t === 'zh-cht') return 'zh-Hant'
  return undefined
}

/** RFC 9110 Accept-Language: highest q first, ties in header order; `*` means the default. */
export function negotiateLanguage(header: string | null | undefined): Language {
  if (!header) return defaultLanguage
  const ranges = header
    .split(',')
    .slice(0, 32)
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q === undefined ? 1 : Number(q.slice(2))
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index }
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  for (const range of ranges) {
    if (range.tag === '*') return defaultLanguage
    const language = matchLanguage(range.tag, true)
    if (language) return language
  }
  return defaultLanguage
}
