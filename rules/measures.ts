import { cite, type Citation } from './sources.ts'
import { parameters, type ParameterId } from './parameters.ts'

export const groupIds = ['original-innovation', 'innovation-factors', 'innovation-ecosystem'] as const
export type GroupId = (typeof groupIds)[number]

export const actionIds = [
  'high-end-industry-layout',
  'sci-tech-special-projects',
  'industrial-foundation',
  'innovation-relay',
  'spring-shoots',
  'incubator-building',
  'industry-academia-collaboration',
  'future-industries-outlook',
  'leading-industry-chains',
] as const
export const planIds = [
  'rd-investment-incentives',
  'innovation-achievement-awards',
  'tiered-enterprise-cultivation',
  'sci-tech-services-upgrade',
  'regional-innovation-collaboration',
  'international-innovation-cooperation',
] as const
export const measureIds = [...actionIds, ...planIds] as const

export type ActionId = (typeof actionIds)[number]
export type PlanId = (typeof planIds)[number]
export type MeasureId = (typeof measureIds)[number]
export type MeasureKind = 'action' | 'plan'

/** What the article says about a measure; anything absent is "not stated in the source". */
export type Aspect = 'support' | 'amounts' | 'conditions'

export interface Group {
  id: GroupId
  /** How many key actions the article counts in the group. */
  actionCount: number
  /** The actions it names, in the article's order; the rest it does not name. */
  namedActions: readonly ActionId[]
  citation: Citation
}

export const groups: readonly Group[] = [
  {
    id: 'original-innovation',
    actionCount: 4,
    namedActions: ['high-end-industry-layout', 'sci-tech-special-projects', 'industrial-foundation', 'innovation-relay'],
    citation: cite(14, '實施高精尖産業佈局行動、科技創新專項行動等4項重點行動'),
  },
  {
    id: 'innovation-factors',
    actionCount: 5,
    namedActions: ['spring-shoots', 'incubator-building'],
    citation: cite(22, '實施中小企業“春筍”行動、科技孵化器創建行動等5項重點行動'),
  },
  {
    id: 'innovation-ecosystem',
    actionCount: 5,
    namedActions: ['industry-academia-collaboration', 'future-industries-outlook', 'leading-industry-chains'],
    citation: cite(30, '實施産學研用協同行動、未來産業瞭望行動等5項重點行動'),
  },
]

/** One stated condition of a measure; its text lives in i18n under `condition.<id>`. */
export interface StatedCondition {
  id: string
  citation: Citation
}

export interface Measure {
  id: MeasureId
  kind: MeasureKind
  group?: GroupId
  /** The passage that names the measure. */
  citation: Citation
  /** Support the article describes, each a key under `measure.<id>.support.<key>`. */
  support: readonly { key: string; citation: Citation; figures?: readonly ParameterId[] }[]
  /** The figures the article states for this measure, in reading order. */
  figures: readonly ParameterId[]
  conditions: readonly StatedCondition[]
  /** Extra facts a reader needs, each a key under `measure.<id>.note.<key>`. */
  notes: readonly { key: string; citation: Citation }[]
  /**
   * Other places the article names the measure (a heading, a group's list of actions): not served
   * as citations, but they link those passages of GET /v1/source to the measure.
   */
  mentions: readonly Citation[]
  /** Whether the rules engine evaluates this measure (its conditions are stated). */
  evaluated: boolean
}

const unstated = (id: MeasureId, kind: MeasureKind, citation: Citation, group?: GroupId): Measure => ({
  id, kind, group, citation, support: [], figures: [], conditions: [], notes: [], mentions: [], evaluated: false,
})

const L = {
  foundation: 14, relay: 16, springShootsHeading: 20, springShoots: 22, incubator: 24, ecosystem: 30, chains: 32, future: 34, plans: 36,
} as const

export const measures: readonly Measure[] = [
  unstated('high-end-industry-layout', 'action', cite(L.foundation, '實施高精尖産業佈局行動'), 'original-innovation'),
  unstated('sci-tech-special-projects', 'action', cite(L.foundation, '科技創新專項行動'), 'original-innovation'),
  {
    id: 'industrial-foundation',
    kind: 'action',
    group: 'original-innovation',
    citation: cite(L.foundation, '實施産業強基行動,佈局“白菜心”工程項目'),
    support: [
      { key: 'fields', citation: cite(L.foundation, '項目圍繞國家重大戰略實施和重點領域安全能力建設、重大技術成果落地轉化和先進工藝創新應用領域') },
      { key: 'rd-funding', citation: cite(L.foundation, '按評審兌現的形式給予研發投入最高50%的資金支援'), figures: ['industrial-foundation.rd-funding-rate'] },
      { key: 'outstanding', citation: cite(L.foundation, '單個項目最高給予1億元研發支援'), figures: ['industrial-foundation.project-cap'] },
    ],
    figures: ['industrial-foundation.rd-funding-rate', 'industrial-foundation.project-cap'],
    conditions: [
      { id: 'operates-in-yizhuang', citation: cite(L.foundation, '在亦莊新城範圍內依法經營的') },
      { id: 'undertakes-cabbage-heart', citation: cite(L.foundation, '承擔“白菜心”工程的項目') },
    ],
    notes: [
      { key: 'review', citation: cite(L.foundation, '按評審兌現的形式') },
      { key: 'heading-cap', citation: cite(12, '單個項目最高1億元研發支援') },
      { key: 'cap-scope', citation: cite(L.foundation, '對産業發展帶動效應特別突出的“白菜心”工程項目,單個項目最高給予1億元研發支援') },
    ],
    mentions: [],
    evaluated: true,
  },
  {
    id: 'innovation-relay',
    kind: 'action',
    group: 'original-innovation',
    citation: cite(L.relay, '實施科創接力行動,配套支援科技創新專項'),
    support: [
      { key: 'encourage', citation: cite(L.relay, '鼓勵企業申請國家、北京市財政資金支援項目') },
      { key: 'matching', citation: cite(L.relay, '對申請成功的單位給予科技創新重大專項配套獎勵'), figures: ['innovation-relay.matching-ratio', 'innovation-relay.matching-cap'] },
    ],
    figures: ['innovation-relay.matching-ratio', 'innovation-relay.matching-cap'],
    conditions: [
      { id: 'undertakes-major-project', citation: cite(L.relay, '對承擔國家、北京市重大科技和産業專項') },
      { id: 'aligned-with-etown', citation: cite(L.relay, '且符合經開區發展方向的,經認定') },
    ],
    notes: [{ key: 'period', citation: cite(L.relay, '給予最高3000萬元的1:1資金配套支援') }],
    mentions: [],
    evaluated: true,
  },
  {
    id: 'spring-shoots',
    kind: 'action',
    group: 'innovation-factors',
    citation: cite(L.springShoots, '實施中小企業“春筍”行動,強化空間載體支援'),
    support: [
      { key: 'space', citation: cite(L.springShoots, '分層次予以空間載體支援') },
      { key: 'services', citation: cite(L.springShoots, '配套提供成果轉化、資金對接、企業孵化、産業融通等賦能服務') },
      {
        key: 'rent-subsidy',
        citation: cite(L.springShoots, '給予最長連續3年房租補貼支援'),
        figures: ['spring-shoots.rent-rate-cap', 'spring-shoots.subsidy-years', 'spring-shoots.area-cap-under-threshold', 'spring-shoots.area-cap-at-or-over-threshold'],
      },
    ],
    figures: [
      'spring-shoots.rent-rate-cap',
      'spring-shoots.subsidy-years',
      'spring-shoots.staff-threshold',
      'spring-shoots.area-cap-under-threshold',
      'spring-shoots.area-cap-at-or-over-threshold',
      'spring-shoots.days-per-year',
    ],
    conditions: [
      { id: 'certified-tech-sme', citation: cite(L.springShoots, '對經認定的科技型中小企業') },
      { id: 'rents-space', citation: cite(L.springShoots, '按照實際租金單價和承租面積計算') },
    ],
    notes: [
      { key: 'actual', citation: cite(L.springShoots, '租金低於1.5元/平方米/天或承租面積少於最高標準的,按照實際租金單價和承租面積計算') },
      { key: 'year-days', citation: parameters['spring-shoots.days-per-year'].citation },
    ],
    mentions: [cite(L.springShootsHeading, '“春筍”行動助力企業破土成長')],
    evaluated: true,
  },
  {
    id: 'incubator-building',
    kind: 'action',
    group: 'innovation-factors',
    citation: cite(L.incubator, '實施科技孵化器創建行動,提升科創企業孵化能力'),
    support: [
      { key: 'flagship', citation: cite(L.incubator, '加快建設一批以龍頭企業為引領的領航級孵化器') },
      { key: 'space', citation: cite(L.incubator, '鼓勵園區為孵化器提供空間建設支援') },
      { key: 'operating', citation: cite(L.incubator, '對經認定的科技企業孵化器給予3年最高累計3000萬元運營支援'), figures: ['incubator-building.operating-support-cap', 'incubator-building.operating-support-years'] },
      { key: 'upgrade', citation: cite(L.incubator, '積極申報國家、市級孵化器') },
      { key: 'performance', citation: cite(L.incubator, '建立孵化器考核評價和退出機制,設立專項資金,每年投入1000萬元'), figures: ['incubator-building.performance-fund'] },
    ],
    figures: [
      'incubator-building.operating-support-cap',
      'incubator-building.operating-support-years',
      'incubator-building.performance-fund',
    ],
    conditions: [{ id: 'certified-incubator', citation: cite(L.incubator, '對經認定的科技企業孵化器') }],
    notes: [{ key: 'fund-is-shared', citation: cite(L.incubator, '每年投入1000萬元,對運營成效顯著的一批孵化器給予資金支援') }],
    mentions: [cite(L.springShoots, '科技孵化器創建行動等5項重點行動')],
    evaluated: true,
  },
  unstated('industry-academia-collaboration', 'action', cite(L.ecosystem, '實施産學研用協同行動'), 'innovation-ecosystem'),
  {
    id: 'future-industries-outlook',
    kind: 'action',
    group: 'innovation-ecosystem',
    citation: cite(L.future, '實施未來産業瞭望行動,支援顛覆性技術創新'),
    support: [
      { key: 'fields', citation: cite(L.future, '聚焦商業航太、量子通信、具身智慧、腦機介面、自動駕駛、6G通信、合成生物等未來産業領域') },
      { key: 'poc-fund', citation: cite(L.future, '探索設立概念驗證基金,優先以“賽馬”方式') },
      { key: 'validation', citation: cite(L.future, '進行原理驗證、原型製備與可行性測試、産品與場景體系驗證') },
      { key: 'grant', citation: cite(L.future, '給予單個項目最高200萬元的資金支援'), figures: ['future-industries-outlook.project-cap'] },
    ],
    figures: ['future-industries-outlook.project-cap'],
    conditions: [
      { id: 'future-field', citation: cite(L.future, '聚焦商業航太、量子通信、具身智慧、腦機介面、自動駕駛、6G通信、合成生物等未來産業領域') },
      { id: 'shortlisted', citation: cite(L.future, '經認定,對入圍的創新項目') },
    ],
    notes: [{ key: 'open-list', citation: cite(L.future, '合成生物等未來産業領域') }],
    mentions: [cite(L.ecosystem, '未來産業瞭望行動等5項重點行動')],
    evaluated: true,
  },
  {
    id: 'leading-industry-chains',
    kind: 'action',
    group: 'innovation-ecosystem',
    citation: cite(L.chains, '實施主導産業強鏈行動,佈局揭榜挂帥項目'),
    support: [
      { key: 'industries', citation: cite(L.chains, '聚焦新一代資訊技術、生物醫藥和大健康、機器人和智慧製造、智慧網聯汽車等主導産業') },
      { key: 'method', citation: cite(L.chains, '通過政府搭臺、鏈主企業出題、創新主體答題、産業鏈驗證方式') },
      { key: 'milestones', citation: cite(L.chains, '根據“里程碑”節點予以資金支援'), figures: ['leading-industry-chains.project-cap', 'leading-industry-chains.annual-budget'] },
    ],
    figures: ['leading-industry-chains.project-cap', 'leading-industry-chains.annual-budget'],
    conditions: [
      { id: 'leading-industry', citation: cite(L.chains, '聚焦新一代資訊技術、生物醫藥和大健康、機器人和智慧製造、智慧網聯汽車等主導産業') },
    ],
    notes: [
      { key: 'successful-application', citation: cite(L.chains, '對成功申報的單位') },
      { key: 'list-quota', citation: cite(L.chains, '單個項目資助金額不高於榜單規定的支援額度') },
      { key: 'open-list', citation: cite(L.chains, '智慧網聯汽車等主導産業') },
    ],
    mentions: [],
    evaluated: true,
  },
  {
    ...unstated('rd-investment-incentives', 'plan', cite(L.plans, '激勵研發投入')),
    // 1.0 paid 20 % of R&D spending above target (max 3 million yuan); the 2.0 article is silent.
    notes: [{ key: 'version1', citation: { source: 'version1', quote: 'R&D spending above the annual target: 20 % of the excess, max 3 million yuan' } }],
  },
  unstated('innovation-achievement-awards', 'plan', cite(L.plans, '獎勵創新成果')),
  unstated('tiered-enterprise-cultivation', 'plan', cite(L.plans, '梯度培育創新企業')),
  unstated('sci-tech-services-upgrade', 'plan', cite(L.plans, '躍升科技服務業')),
  unstated('regional-innovation-collaboration', 'plan', cite(L.plans, '區域創新協同')),
  unstated('international-innovation-cooperation', 'plan', cite(L.plans, '國際創新合作')),
]

export const measureById: ReadonlyMap<MeasureId, Measure> = new Map(measures.map((m) => [m.id, m]))

/** Aspects of a measure the article leaves unsaid, so the API can say "not stated in the source". */
export function unstatedAspects(measure: Measure): Aspect[] {
  const aspects: Aspect[] = []
  if (measure.support.length === 0) aspects.push('support')
  if (measure.figures.length === 0) aspects.push('amounts')
  if (measure.conditions.length === 0) aspects.push('conditions')
  return aspects
}
