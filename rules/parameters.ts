import { cite, type Citation } from './sources.ts'

/**
 * Every number a rule or a page uses, each with the passage that states it (OpenFisca-style
 * parameters). Condition and amount code reads these; it holds no bare numbers of its own.
 */
export type Unit = 'CNY' | 'percent' | 'ratio' | 'CNY/m2/day' | 'm2' | 'years' | 'persons' | 'days' | 'enterprises'

/** How the number bounds the benefit, in the article's own words (最高 = at most, 超 = more than, …). */
export type Bound = 'at-most' | 'exactly' | 'more-than' | 'at-least' | 'less-than' | 'reach'

export type Period = 'per-project' | 'per-year' | 'cumulative' | 'per-day'

export interface PreviousValue {
  /** Version 1.0 of the policy (Feb 2022). */
  value: number
  unit: Unit
  period?: Period | 'per-project-per-year'
  citation: Citation
}

export interface Parameter {
  id: string
  value: number
  unit: Unit
  bound: Bound
  period?: Period
  /** The date from which the value applies: the policy was signed on 2025-04-11. */
  since: string
  citation: Citation
  previous?: PreviousValue
}

const SIGNED = '2025-04-11'

const table = {
  // 产业强基行动 「白菜心」
  'industrial-foundation.rd-funding-rate': {
    value: 50, unit: 'percent', bound: 'at-most',
    citation: cite(14, '按評審兌現的形式給予研發投入最高50%的資金支援'),
    previous: { value: 50, unit: 'percent', citation: { source: 'version1', quote: 'up to 50 % of R&D investment' } },
  },
  // The heading states the per-project maximum for all R&D support; the body ties reaching it to
  // projects with a particularly strong pull on industrial development.
  'industrial-foundation.project-cap': {
    value: 100_000_000, unit: 'CNY', bound: 'at-most', period: 'per-project',
    citation: cite(12, '單個項目最高1億元研發支援'),
    previous: { value: 50_000_000, unit: 'CNY', period: 'per-project', citation: { source: 'version1', quote: 'max 50 million yuan' } },
  },
  // 科创接力行动
  'innovation-relay.matching-ratio': {
    value: 1, unit: 'ratio', bound: 'exactly',
    citation: cite(16, '1:1資金配套支援'),
    previous: { value: 1, unit: 'ratio', citation: { source: 'version1', quote: '1:1 matching' } },
  },
  'innovation-relay.matching-cap': {
    value: 30_000_000, unit: 'CNY', bound: 'at-most',
    citation: cite(16, '給予最高3000萬元的1:1資金配套支援'),
    previous: {
      value: 20_000_000, unit: 'CNY', period: 'per-project-per-year',
      citation: { source: 'version1', quote: 'max 20 million yuan per project per year' },
    },
  },
  // 中小企业「春笋」行动
  'spring-shoots.rent-rate-cap': {
    value: 1.5, unit: 'CNY/m2/day', bound: 'at-most', period: 'per-day',
    citation: cite(22, '按照最高1.5元/平方米/天的標準'),
  },
  'spring-shoots.subsidy-years': {
    value: 3, unit: 'years', bound: 'at-most',
    citation: cite(22, '給予最長連續3年房租補貼支援'),
  },
  'spring-shoots.staff-threshold': {
    value: 100, unit: 'persons', bound: 'at-least',
    citation: cite(22, '人數少於100人的,支援面積不超過1000平方米,人數超過100人(含100人)的'),
  },
  'spring-shoots.area-cap-under-threshold': {
    value: 1000, unit: 'm2', bound: 'at-most',
    citation: cite(22, '人數少於100人的,支援面積不超過1000平方米'),
  },
  'spring-shoots.area-cap-at-or-over-threshold': {
    value: 2000, unit: 'm2', bound: 'at-most',
    citation: cite(22, '人數超過100人(含100人)的,支援面積不超過2000平方米'),
  },
  'spring-shoots.days-per-year': {
    value: 365, unit: 'days', bound: 'exactly',
    citation: {
      source: 'convention',
      quote: 'The article prices rent per day and limits the subsidy in years without saying how a year is counted; this service counts 365 days.',
    },
  },
  // 科技孵化器创建行动
  'incubator-building.operating-support-cap': {
    value: 30_000_000, unit: 'CNY', bound: 'at-most', period: 'cumulative',
    citation: cite(24, '對經認定的科技企業孵化器給予3年最高累計3000萬元運營支援'),
  },
  'incubator-building.operating-support-years': {
    value: 3, unit: 'years', bound: 'exactly',
    citation: cite(24, '給予3年最高累計3000萬元運營支援'),
  },
  'incubator-building.performance-fund': {
    value: 10_000_000, unit: 'CNY', bound: 'exactly', period: 'per-year',
    citation: cite(24, '設立專項資金,每年投入1000萬元,對運營成效顯著的一批孵化器給予資金支援'),
  },
  // 主导产业强链行动 揭榜挂帅
  'leading-industry-chains.project-cap': {
    value: 10_000_000, unit: 'CNY', bound: 'at-most', period: 'per-project',
    citation: cite(32, '每個項目支援金額最高為1000萬元'),
  },
  'leading-industry-chains.annual-budget': {
    value: 100_000_000, unit: 'CNY', bound: 'exactly', period: 'per-year',
    citation: cite(32, '每年安排預算1億元'),
  },
  // 未来产业瞭望行动
  'future-industries-outlook.project-cap': {
    value: 2_000_000, unit: 'CNY', bound: 'at-most', period: 'per-project',
    citation: cite(34, '給予單個項目最高200萬元的資金支援'),
  },
  // The policy as a whole
  'policy.target.high-tech-enterprises': {
    value: 2700, unit: 'enterprises', bound: 'more-than',
    citation: cite(38, '到2027年,經開區國家高新技術企業數量超2700家'),
  },
  'policy.target.specialized-smes': {
    value: 1200, unit: 'enterprises', bound: 'reach',
    citation: cite(38, '專精特新中小企業達到1200家'),
  },
  'policy.target.rd-growth': {
    value: 8, unit: 'percent', bound: 'at-least',
    citation: cite(38, '規上企業研發投入增長維持在8%以上'),
  },
} as const satisfies Record<string, Omit<Parameter, 'id' | 'since'>>

export type ParameterId = keyof typeof table

export const parameters = Object.fromEntries(
  Object.entries(table).map(([id, parameter]) => [id, { id, since: SIGNED, ...parameter }]),
) as { readonly [K in ParameterId]: Parameter & { readonly id: K } }
