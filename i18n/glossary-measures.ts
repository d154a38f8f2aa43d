import type { MeasureId } from '../rules/measures.ts'
import type { GlossaryId } from './glossary.ts'

/**
 * Which measures each glossary term belongs to. The glossary lists them, and the search indexes
 * a term's text with those measures (so 白菜心 finds the Industrial Foundation Action).
 */
export const glossaryMeasures: Readonly<Record<GlossaryId, readonly MeasureId[]>> = {
  etown: [],
  'yizhuang-new-town': ['industrial-foundation'],
  'administrative-committee': [],
  'high-end-precision-sophisticated': ['high-end-industry-layout'],
  'specialized-sophisticated': ['spring-shoots'],
  'open-bidding': ['leading-industry-chains'],
  'cabbage-heart': ['industrial-foundation'],
  'spring-shoots': ['spring-shoots'],
  'tech-sme': ['spring-shoots'],
  'tech-incubator': ['incubator-building'],
  'flagship-incubator': ['incubator-building'],
  'proof-of-concept': ['future-industries-outlook'],
  'horse-race': ['future-industries-outlook'],
  'valley-of-death': ['future-industries-outlook'],
  'chain-leader': ['leading-industry-chains'],
  'milestone-funding': ['leading-industry-chains'],
  'industry-academia-research': ['industry-academia-collaboration', 'leading-industry-chains'],
  'kechuang-20': [],
}
