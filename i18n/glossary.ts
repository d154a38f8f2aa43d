/**
 * The policy's key terms. English follows official Beijing pages where they have a term
 * (see shared/research/FACTS.md); 白菜心 and 春笋 have none and keep their Chinese names.
 * Term and gloss text lives in the catalogs under `glossary.<id>.term` / `.gloss`, so the
 * Traditional variants are generated like every other string.
 */
export interface GlossaryEntry {
  id: string
  /** Where the English term comes from. */
  englishSource: 'official' | 'project'
  sourceNote?: string
}

export const glossary = [
  { id: 'etown', englishSource: 'official', sourceNote: 'BDA English site; China Daily BDA site' },
  { id: 'yizhuang-new-town', englishSource: 'official', sourceNote: 'BDA English site' },
  { id: 'administrative-committee', englishSource: 'official', sourceNote: 'BDA English site' },
  { id: 'high-end-precision-sophisticated', englishSource: 'official', sourceNote: 'invest.beijingetown.com.cn' },
  { id: 'specialized-sophisticated', englishSource: 'official', sourceNote: 'english.beijing.gov.cn' },
  { id: 'open-bidding', englishSource: 'official', sourceNote: 'Beijing Foreign Affairs Office, 2023-06-09' },
  { id: 'cabbage-heart', englishSource: 'project' },
  { id: 'spring-shoots', englishSource: 'project' },
  { id: 'tech-sme', englishSource: 'project' },
  { id: 'tech-incubator', englishSource: 'project' },
  { id: 'flagship-incubator', englishSource: 'project' },
  { id: 'proof-of-concept', englishSource: 'project' },
  { id: 'horse-race', englishSource: 'project' },
  { id: 'valley-of-death', englishSource: 'project' },
  { id: 'chain-leader', englishSource: 'project' },
  { id: 'milestone-funding', englishSource: 'project' },
  { id: 'industry-academia-research', englishSource: 'project' },
  { id: 'kechuang-20', englishSource: 'project' },
] as const satisfies readonly GlossaryEntry[]

export type GlossaryId = (typeof glossary)[number]['id']
