import type { MessageKey } from '../../../i18n/zh-Hans.ts'
import { measures } from '../../../rules/measures.ts'
import type { Translator } from '../../lib/messages.ts'
import type { SearchResponseDto } from '../../schemas.ts'
import { search, snippet, type FieldKind } from '../../search/engine.ts'

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

/** Search results in the translator's language. */
export function searchDto(query: string, t: Translator): SearchResponseDto {
  const outcome = search(query)
  const results = outcome.hits.map((hit) => {
    const measure = measures[hit.doc]!
    const found = snippet(outcome, hit, t.language)
    return {
      measureId: measure.id,
      kind: measure.kind,
      title: t(`measure.${measure.id}.title` as MessageKey),
      name: t.maybe(`measure.${measure.id}.name`) ?? null,
      score: Math.round(hit.score * 1000) / 1000,
      snippet: { field: snippetField[found.field.kind], key: found.field.key, text: found.text, highlights: found.highlights },
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
