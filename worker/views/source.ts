import { entryAtLine, entryLinks, releaseEntries, type ReleaseEntryId } from '../../rules/release.ts'
import { sources, type ArticleCitation } from '../../rules/sources.ts'
import type { ReleaseCatalog, ReleaseScript } from '../../i18n/release.ts'
import { data } from '../lib/data.ts'
import type { Language } from '../lib/language.ts'
import type { Translator } from '../lib/messages.ts'
import type { SourceTextDto } from '../schemas.ts'

/**
 * The release in every language as npm run i18n:build wrote it (nothing is converted here): each
 * entry's text in four scripts and in English, and where the cited passages are translated. A Data
 * module, read when a request first needs it (lib/data.ts).
 */
const catalog = await data<ReleaseCatalog>(import('../generated/release.json.bin'))

/** The Chinese script a language reads the release in: en quotes the Simplified original. */
const scriptOf = (language: Language): ReleaseScript => (language === 'en' ? 'zh-Hans' : language)

/** The portal page a language's text corresponds to: the Traditional one for the zh-Hant variants. */
export const articleUrl = (language: Language) => (language.startsWith('zh-Hant') ? sources.article.traditionalUrl : sources.article.url)

/** Where a quote sits in its entry; every script has the stored text's length, so the span is the same in each. */
const located = new Map<string, { entry: ReleaseEntryId; start: number; end: number } | null>()
function locate(citation: ArticleCitation) {
  const key = `${citation.line} ${citation.quote}`
  let place = located.get(key)
  if (place === undefined) {
    const entry = entryAtLine(citation.line)
    const start = entry ? catalog[entry.id]['zh-Hant-TW'].indexOf(citation.quote) : -1
    place = entry && start >= 0 ? { entry: entry.id, start, end: start + citation.quote.length } : null
    located.set(key, place)
  }
  return place
}

/**
 * A citation of the article in one language: its entry, and its quote as that entry's text gives
 * it; in English also the quote's translation, as the entry's translation gives it.
 */
export function articleQuote(citation: ArticleCitation, language: Language): { entry: ReleaseEntryId | null; quote: string; translation?: string } {
  const place = locate(citation)
  // Tests keep every cited passage on its line; were one not, it would still be quoted as stored.
  if (!place) return { entry: entryAtLine(citation.line)?.id ?? null, quote: citation.quote }
  const texts = catalog[place.entry]
  const quote = texts[scriptOf(language)].slice(place.start, place.end)
  const pair = language === 'en' ? texts.aligned.find(([start, end]) => start === place.start && end === place.end) : undefined
  return pair ? { entry: place.entry, quote, translation: texts.en.slice(pair[2], pair[3]) } : { entry: place.entry, quote }
}

const renderings = { 'zh-Hans': 'reconstructed', 'zh-Hant': 'converted', 'zh-Hant-TW': 'verbatim', 'zh-Hant-HK': 'converted', en: 'translated' } as const satisfies Record<Language, SourceTextDto['rendering']>

export function sourceDto(t: Translator): SourceTextDto {
  const language = t.language
  const entries = releaseEntries.map((entry) => {
    const texts = catalog[entry.id]
    const text = texts[language]
    return {
      id: entry.id,
      kind: entry.kind,
      line: entry.line,
      text,
      ...(language === 'zh-Hans' ? {} : { original: texts['zh-Hans'] }),
      ...entryLinks(entry.line),
    }
  })
  return {
    id: 'article',
    title: entries[0]!.text,
    description: t('policy.source.article'),
    publisher: t(`source.publisher.${sources.article.publisher}`),
    published: sources.article.published,
    url: articleUrl(language),
    simplifiedUrl: sources.article.url,
    traditionalUrl: sources.article.traditionalUrl,
    rendering: renderings[language],
    translation: language === 'en' ? { official: false, note: t('source.translation.note') } : null,
    count: entries.length,
    entries,
  }
}
