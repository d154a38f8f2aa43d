import type { GlossaryId } from '../../i18n/glossary.ts'
import type { MeasureId } from '../../rules/measures.ts'

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

/**
 * Words people search with that the policy text says differently. When a query contains one
 * phrase of a concept, a measure whose text contains any phrase of it matches that part of the
 * query, in either language. Chinese phrases are in mainland Simplified (Taiwan and Hong Kong
 * forms reach them through OpenCC); English phrases are matched after stemming.
 */
export interface Concept {
  id: string
  zh: readonly string[]
  en: readonly string[]
}

export const concepts: readonly Concept[] = [
  // The glossary's terms
  { id: 'etown', zh: ['经开区', '北京经济技术开发区', '北京经开区', '开发区', '北京亦庄'], en: ['e-town', 'etown', 'bda', 'economic-technological development area', 'development zone'] },
  { id: 'yizhuang-new-town', zh: ['亦庄新城', '亦庄'], en: ['yizhuang new town', 'yizhuang', 'e-town new area'] },
  { id: 'administrative-committee', zh: ['管委会', '管理委员会'], en: ['administrative committee', 'management committee'] },
  { id: 'high-end-precision-sophisticated', zh: ['高精尖'], en: ['gaojingjian', 'high-end precision and sophisticated', 'high-end, precision and sophisticated'] },
  { id: 'specialized-sophisticated', zh: ['专精特新', '小巨人'], en: ['specialized and sophisticated', 'zhuanjingtexin', 'little giant', 'little giants'] },
  { id: 'open-bidding', zh: ['揭榜挂帅', '揭榜', '挂帅', '榜单'], en: ['open bidding', 'jiebang guashuai', 'jiebang', 'challenge list', 'open competition', 'competitive bidding', 'bidding', 'bid'] },
  { id: 'cabbage-heart', zh: ['白菜心'], en: ['cabbage heart', 'baicaixin', 'bai cai xin', 'cabbage core'] },
  { id: 'spring-shoots', zh: ['春笋'], en: ['spring shoots', 'chunsun', 'bamboo shoots'] },
  { id: 'tech-sme', zh: ['科技型中小企业', '科技中小企业', '中小企业', '中小型企业', '中小企'], en: ['tech-based sme', 'technology-based sme', 'tech sme', 'sme', 'small and medium-sized enterprise', 'small and medium enterprise', 'small business', 'small company'] },
  { id: 'tech-incubator', zh: ['孵化器', '孵化机构', '科技企业孵化器', '孵化'], en: ['incubator', 'incubation', 'business incubator'] },
  { id: 'flagship-incubator', zh: ['领航级孵化器', '领航级'], en: ['flagship incubator', 'flagship'] },
  { id: 'proof-of-concept', zh: ['概念验证', '原理验证'], en: ['proof of concept', 'poc', 'concept validation', 'concept verification', 'proof of principle'] },
  { id: 'horse-race', zh: ['赛马'], en: ['horse race', 'horse racing', 'competitive selection', 'saima'] },
  { id: 'valley-of-death', zh: ['死亡之谷'], en: ['valley of death', 'death valley'] },
  { id: 'chain-leader', zh: ['链主企业', '链主', '龙头企业'], en: ['chain-leading company', 'chain leader', 'chain-leading', 'industry leader', 'leading company', 'anchor company'] },
  { id: 'milestone-funding', zh: ['里程碑'], en: ['milestone', 'milestone-based funding'] },
  { id: 'industry-academia-research', zh: ['产学研用', '产学研'], en: ['industry-academia-research', 'industry academia', 'university', 'universities', 'academia'] },
  { id: 'kechuang-20', zh: ['科创二十条', '科创20条', '二十条'], en: ['sci-tech innovation 20 measures', '20 measures', 'twenty measures', 'kechuang'] },

  // What the measures fund, in other words
  { id: 'rent-subsidy', zh: ['房租补贴', '租金补贴', '房租补助', '租金补助', '租房补贴', '租金津贴', '房租津贴', '房租', '租金'], en: ['rent subsidy', 'rental subsidy', 'rent support', 'rent allowance', 'rent relief', 'office rent', 'rent', 'rental', 'lease'] },
  { id: 'startup', zh: ['初创企业', '初创', '新创', '创业'], en: ['startup', 'start-up', 'young company', 'early-stage'] },
  { id: 'matching-funds', zh: ['资金配套', '配套资金', '配套奖励', '配套'], en: ['matching fund', 'matching award', 'co-funding', 'counterpart funding', 'matching'] },
  { id: 'rd', zh: ['研发投入', '研发经费', '研究开发', '研究及发展', '研发'], en: ['r&d', 'research and development'] },
  { id: 'technology-transfer', zh: ['科技成果转化', '成果转化', '技术转移'], en: ['technology transfer', 'tech transfer', 'commercialization'] },
  { id: 'operating-support', zh: ['运营支持', '运营补贴', '运营'], en: ['operating support', 'operating subsidy', 'operating grant', 'operating'] },

  // The fields and industries the source lists
  { id: 'commercial-aerospace', zh: ['商业航天', '航天', '太空', '卫星', '火箭'], en: ['commercial aerospace', 'aerospace', 'commercial space', 'space industry', 'satellite', 'rocket'] },
  { id: 'quantum-communication', zh: ['量子通信', '量子'], en: ['quantum communication', 'quantum'] },
  { id: 'embodied-intelligence', zh: ['具身智能', '人形机器人', '具身', '人工智能'], en: ['embodied ai', 'embodied intelligence', 'humanoid robot', 'humanoid', 'ai', 'artificial intelligence'] },
  { id: 'brain-computer-interface', zh: ['脑机接口', '脑机'], en: ['brain-computer interface', 'brain-machine interface', 'bci', 'neural interface'] },
  { id: 'autonomous-driving', zh: ['自动驾驶', '无人驾驶', '自驾车', '智能驾驶', '自驾'], en: ['autonomous driving', 'self-driving', 'driverless', 'autonomous vehicle', 'robotaxi'] },
  { id: '6g', zh: ['6g通信', '6g'], en: ['6g', '6g communication'] },
  { id: 'synthetic-biology', zh: ['合成生物', '合成生物学'], en: ['synthetic biology', 'synbio'] },
  { id: 'future-industries', zh: ['未来产业', '前沿技术'], en: ['future industries', 'future industry', 'frontier technology', 'emerging technology'] },
  { id: 'next-generation-it', zh: ['新一代信息技术', '信息技术'], en: ['next-generation information technology', 'information technology', 'ict'] },
  { id: 'biomedicine-health', zh: ['生物医药', '大健康', '医药', '生物技术', '生命科学'], en: ['biomedicine', 'biomedical', 'biopharma', 'pharmaceutical', 'biotech', 'biotechnology', 'life science', 'healthcare'] },
  { id: 'intelligent-manufacturing', zh: ['智能制造'], en: ['intelligent manufacturing', 'smart manufacturing'] },
  { id: 'robotics', zh: ['机器人'], en: ['robotics', 'robot'] },
  { id: 'intelligent-connected-vehicles', zh: ['智能网联汽车', '智能网联', '车联网'], en: ['intelligent connected vehicle', 'connected vehicle', 'connected car', 'smart car', 'icv'] },
  { id: 'leading-industries', zh: ['主导产业'], en: ['leading industries', 'leading industry', 'pillar industries'] },
]
