import { glossary } from '../../../i18n/glossary.ts'
import type { MessageKey } from '../../../i18n/zh-Hans.ts'
import { catalogs, type Translator } from '../../lib/messages.ts'
import type { GlossaryDto } from '../../schemas.ts'
import { glossaryMeasures } from '../../../i18n/glossary-measures.ts'

/** The glossary in one language, each term also in every variant (all five catalogs loaded). */
export function glossaryDto(t: Translator): GlossaryDto {
  const terms = glossary.map((entry) => {
    const termKey: MessageKey = `glossary.${entry.id}.term`
    const glossKey: MessageKey = `glossary.${entry.id}.gloss`
    const official = entry.englishSource === 'official'
    return {
      id: entry.id,
      term: t(termKey),
      variants: {
        'zh-Hans': catalogs['zh-Hans']![termKey],
        'zh-Hant': catalogs['zh-Hant']![termKey],
        'zh-Hant-TW': catalogs['zh-Hant-TW']![termKey],
        'zh-Hant-HK': catalogs['zh-Hant-HK']![termKey],
        en: catalogs.en![termKey],
      },
      english: catalogs.en![termKey],
      englishOfficial: official,
      englishSource: official && 'sourceNote' in entry ? entry.sourceNote : null,
      gloss: t(glossKey),
      measureIds: [...glossaryMeasures[entry.id]],
    }
  })
  return { count: terms.length, terms }
}
