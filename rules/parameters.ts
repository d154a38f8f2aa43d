import { cite, type Citation } from './sources.ts'

/**
 * Every number a rule or a page uses, each with the passage that states it (OpenFisca-style
 * parameters). Condition and amount code reads these; it holds no bare numbers of its own.
 */
export type Unit = 'CNY' | 'percent' | 'ratio' | 'CNY/m2/day' | 'm2' | 'years' | 'persons' | 'days' | 'enterprises'

/** How the number bounds the benefit, in the article's own words (最高 = at most, 超 = more than, …). */
export type Bound = 'at-most' | 'exactly' | 'more-than' | 'at-least' | 'less-than' | 'reach'

export type Period = 'per-project' | 'per-year' | 'cumulative' | 'per-day'

/** 1.0: the policy of Feb 2022; 2.0: the one this service is built on (signed 2025-04-11). */
export type PolicyVersion = '1.0' | '2.0'

/** The value a version of the policy gives a parameter, with the passage that states it. */
export interface ParameterVersion<V extends PolicyVersion = PolicyVersion> {
  version: V
  value: number
  /** Only where this version's unit or period differs from the parameter's (the current ones). */
  unit?: Unit
  period?: Period | 'per-project-per-year'
  citation: Citation
  /**
   * The date the value took effect, only where a source states it. None does today: the article
   * and the full text give the signing (2025-04-11) and release (2025-04-17) dates, not an
   * effective date, and the 1.0 page only its own publication date.
   */
  since?: string
}

/** Oldest first, the current (2.0) value last; a 1.0 entry only where the 1.0 page states the figure. */
export type ParameterVersions = readonly [ParameterVersion<'2.0'>] | readonly [ParameterVersion<'1.0'>, ParameterVersion<'2.0'>]

export interface Parameter {
  id: string
  unit: Unit
  bound: Bound
  period?: Period
  versions: ParameterVersions
  /** The current (2.0) value and the passage that states it, read from the last version. */
  value: number
  citation: Citation
}

const version1 = (value: number, quote: string, differs: Pick<ParameterVersion, 'unit' | 'period'> = {}): ParameterVersion<'1.0'> => ({
  version: '1.0',
  value,
  ...differs,
  citation: { source: 'version1', quote },
})
const version2 = (value: number, citation: Citation): ParameterVersion<'2.0'> => ({ version: '2.0', value, citation })

const table = {
  // 产业强基行动 「白菜心」
  'industrial-foundation.rd-funding-rate': {
    unit: 'percent', bound: 'at-most',
    versions: [
      version1(50, 'up to 50 % of R&D investment'),
      version2(50, cite(14, '按評審兌現的形式給予研發投入最高50%的資金支援')),
    ],
  },
  // The heading states the per-project maximum for all R&D support; the body ties reaching it to
  // projects with a particularly strong pull on industrial development.
  'industrial-foundation.project-cap': {
    unit: 'CNY', bound: 'at-most', period: 'per-project',
    versions: [
      version1(50_000_000, 'max 50 million yuan'),
      version2(100_000_000, cite(12, '單個項目最高1億元研發支援')),
    ],
  },
  // 科创接力行动
  'innovation-relay.matching-ratio': {
    unit: 'ratio', bound: 'exactly',
    versions: [
      version1(1, '1:1 matching'),
      version2(1, cite(16, '1:1資金配套支援')),
    ],
  },
  'innovation-relay.matching-cap': {
    unit: 'CNY', bound: 'at-most',
    versions: [
      version1(20_000_000, 'max 20 million yuan per project per year', { period: 'per-project-per-year' }),
      version2(30_000_000, cite(16, '給予最高3000萬元的1:1資金配套支援')),
    ],
  },
  // 中小企业「春笋」行动
  'spring-shoots.rent-rate-cap': {
    unit: 'CNY/m2/day', bound: 'at-most', period: 'per-day',
    versions: [version2(1.5, cite(22, '按照最高1.5元/平方米/天的標準'))],
  },
  'spring-shoots.subsidy-years': {
    unit: 'years', bound: 'at-most',
    versions: [version2(3, cite(22, '給予最長連續3年房租補貼支援'))],
  },
  'spring-shoots.staff-threshold': {
    unit: 'persons', bound: 'at-least',
    versions: [version2(100, cite(22, '人數少於100人的,支援面積不超過1000平方米,人數超過100人(含100人)的'))],
  },
  'spring-shoots.area-cap-under-threshold': {
    unit: 'm2', bound: 'at-most',
    versions: [version2(1000, cite(22, '人數少於100人的,支援面積不超過1000平方米'))],
  },
  'spring-shoots.area-cap-at-or-over-threshold': {
    unit: 'm2', bound: 'at-most',
    versions: [version2(2000, cite(22, '人數超過100人(含100人)的,支援面積不超過2000平方米'))],
  },
  'spring-shoots.days-per-year': {
    unit: 'days', bound: 'exactly',
    versions: [
      version2(365, {
        source: 'convention',
        quote: 'The article prices rent per day and limits the subsidy in years without saying how a year is counted; this service counts 365 days.',
      }),
    ],
  },
  // 科技孵化器创建行动
  'incubator-building.operating-support-cap': {
    unit: 'CNY', bound: 'at-most', period: 'cumulative',
    versions: [version2(30_000_000, cite(24, '對經認定的科技企業孵化器給予3年最高累計3000萬元運營支援'))],
  },
  'incubator-building.operating-support-years': {
    unit: 'years', bound: 'exactly',
    versions: [version2(3, cite(24, '給予3年最高累計3000萬元運營支援'))],
  },
  'incubator-building.performance-fund': {
    unit: 'CNY', bound: 'exactly', period: 'per-year',
    versions: [version2(10_000_000, cite(24, '設立專項資金,每年投入1000萬元,對運營成效顯著的一批孵化器給予資金支援'))],
  },
  // 主导产业强链行动 揭榜挂帅
  'leading-industry-chains.project-cap': {
    unit: 'CNY', bound: 'at-most', period: 'per-project',
    versions: [version2(10_000_000, cite(32, '每個項目支援金額最高為1000萬元'))],
  },
  'leading-industry-chains.annual-budget': {
    unit: 'CNY', bound: 'exactly', period: 'per-year',
    versions: [version2(100_000_000, cite(32, '每年安排預算1億元'))],
  },
  // 未来产业瞭望行动
  'future-industries-outlook.project-cap': {
    unit: 'CNY', bound: 'at-most', period: 'per-project',
    versions: [version2(2_000_000, cite(34, '給予單個項目最高200萬元的資金支援'))],
  },
  // The policy as a whole
  'policy.target.high-tech-enterprises': {
    unit: 'enterprises', bound: 'more-than',
    versions: [version2(2700, cite(38, '到2027年,經開區國家高新技術企業數量超2700家'))],
  },
  'policy.target.specialized-smes': {
    unit: 'enterprises', bound: 'reach',
    versions: [version2(1200, cite(38, '專精特新中小企業達到1200家'))],
  },
  'policy.target.rd-growth': {
    unit: 'percent', bound: 'at-least',
    versions: [version2(8, cite(38, '規上企業研發投入增長維持在8%以上'))],
  },
} as const satisfies Record<string, Pick<Parameter, 'unit' | 'bound' | 'period' | 'versions'>>

export type ParameterId = keyof typeof table

export const parameters = Object.fromEntries(
  Object.entries(table).map(([id, parameter]): [string, Parameter] => {
    const current = parameter.versions[parameter.versions.length - 1]!
    return [id, { id, ...parameter, value: current.value, citation: current.citation }]
  }),
) as { readonly [K in ParameterId]: Parameter & { readonly id: K } }
