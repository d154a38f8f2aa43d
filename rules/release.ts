import { measures, measureIds, type MeasureId } from './measures.ts'
import { parameters, type ParameterId } from './parameters.ts'
import type { Citation } from './sources.ts'

/**
 * The stored release (sources.article.file), entry by entry: its title (line 1) and every heading
 * and paragraph of its body (lines 8–38). The rest of the file is page furniture — the date and
 * source line, share and font-size controls, related links, the leaving-site notice — and is not
 * served. Ids name what an entry is about, not where it sits, so they survive a re-captured file
 * whose lines move (`line` then changes, the id does not). The text of each entry, in every
 * language, lives in i18n (generated from the stored file by `npm run i18n:build`).
 */
export type ReleaseEntryKind = 'title' | 'heading' | 'paragraph'

export interface ReleaseEntry {
  id: string
  kind: ReleaseEntryKind
  /** 1-based line of the stored file. */
  line: number
}

export const releaseEntries = [
  { id: 'title', kind: 'title', line: 1 },
  { id: 'p-intro', kind: 'paragraph', line: 8 },
  { id: 'h-original-innovation', kind: 'heading', line: 10 },
  { id: 'h-project-cap', kind: 'heading', line: 12 },
  { id: 'p-original-innovation', kind: 'paragraph', line: 14 },
  { id: 'p-innovation-relay', kind: 'paragraph', line: 16 },
  { id: 'h-innovation-factors', kind: 'heading', line: 18 },
  { id: 'h-spring-shoots', kind: 'heading', line: 20 },
  { id: 'p-spring-shoots', kind: 'paragraph', line: 22 },
  { id: 'p-incubator-building', kind: 'paragraph', line: 24 },
  { id: 'h-innovation-ecosystem', kind: 'heading', line: 26 },
  { id: 'h-policy-rewards', kind: 'heading', line: 28 },
  { id: 'p-innovation-ecosystem', kind: 'paragraph', line: 30 },
  { id: 'p-leading-industry-chains', kind: 'paragraph', line: 32 },
  { id: 'p-future-industries-outlook', kind: 'paragraph', line: 34 },
  { id: 'p-development-plans', kind: 'paragraph', line: 36 },
  { id: 'p-targets', kind: 'paragraph', line: 38 },
] as const satisfies readonly ReleaseEntry[]

export type ReleaseEntryId = (typeof releaseEntries)[number]['id']

export const releaseEntryIds = releaseEntries.map((entry) => entry.id) as [ReleaseEntryId, ...ReleaseEntryId[]]

const byLine = new Map<number, (typeof releaseEntries)[number]>(releaseEntries.map((entry) => [entry.line, entry]))

/** The entry a line of the stored file belongs to; undefined for page furniture. */
export const entryAtLine = (line: number) => byLine.get(line)

const onLine = (line: number) => (citation: Citation) => citation.source === 'article' && citation.line === line

/**
 * What an entry states, read from the citations: the measures (actions and plans) with a
 * citation or a mention on its line, and the figures whose passage is on it — the figure's own
 * citation, or a benefit on that line that states it. Both in their canonical order.
 */
export function entryLinks(line: number): { measures: MeasureId[]; figures: ParameterId[] } {
  const here = onLine(line)
  const named = new Set<MeasureId>()
  const figures = new Set<ParameterId>()
  for (const measure of measures) {
    const citations = [measure.citation, ...measure.support.map((s) => s.citation), ...measure.conditions.map((c) => c.citation), ...measure.notes.map((n) => n.citation), ...measure.mentions]
    if (citations.some(here)) named.add(measure.id)
    for (const item of measure.support) if (here(item.citation)) for (const id of item.figures ?? []) figures.add(id)
  }
  for (const parameter of Object.values(parameters)) if (here(parameter.citation)) figures.add(parameter.id)
  const order = Object.keys(parameters) as ParameterId[]
  return {
    measures: measureIds.filter((id) => named.has(id)),
    figures: order.filter((id) => figures.has(id)),
  }
}
