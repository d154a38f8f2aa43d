import * as OpenCC from 'opencc-js'
import { ConverterBuilder, ConverterFactory, CustomConverter, type ConverterFunction } from 'opencc-js/core'
import * as traditionalToSimplified from 'opencc-js/preset/t2cn'
import { measures } from '../rules/measures.ts'
import { fold } from '../worker/search/fold.ts'
import type { Field, SearchIndex } from '../worker/search/engine.ts'
import { englishStems } from '../worker/search/english.ts'
import { en } from './en.ts'
import zhHant from './generated/zh-Hant.json' with { type: 'json' }
import zhHantHK from './generated/zh-Hant-HK.json' with { type: 'json' }
import zhHantTW from './generated/zh-Hant-TW.json' with { type: 'json' }
import { glossary } from './glossary.ts'
import { glossaryMeasures } from './glossary-measures.ts'
import { zhHans, type MessageKey } from './zh-Hans.ts'

/**
 * The search's generated files (worker/search/generated/, written by `npm run i18n:build` as
 * compact JSON in Data modules, see worker/lib/data.ts; a test fails when they are stale), so that
 * the worker needs neither OpenCC nor an indexing pass:
 * - index.json.bin: every field the search matches, its zh-Hans text normalized to mainland
 *   Simplified and its English text as stems; the concepts' phrases likewise.
 * - traditional.json.bin: OpenCC's Traditional→Simplified conversion limited to this corpus.
 */

/**
 * Words people search with that the policy text says differently. When a query contains one
 * phrase of a concept, a measure whose text contains any phrase of it matches that part of the
 * query, in either language. Chinese phrases are in mainland Simplified (Taiwan and Hong Kong
 * forms reach them through the conversion); English phrases are matched after stemming. The
 * index holds them normalized.
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

/**
 * Regional words OpenCC's `twp → cn` leaves alone, mapped after it (so keys are in Simplified
 * characters). Each says why; a test checks each is still needed and gives the mainland term.
 */
export const regionalTerms: readonly { from: string; to: string; reason: string }[] = [
  { from: '航太', to: '航天', reason: 'Taiwan says 航太 for aerospace (the source writes 商業航太); OpenCC keeps it.' },
  { from: '界面', to: '接口', reason: 'OpenCC turns Taiwan 介面 into 界面; mainland says 接口 (脑机接口).' },
  { from: '育成中心', to: '孵化器', reason: 'Taiwan word for a business incubator; OpenCC has no entry.' },
  { from: '生技医药', to: '生物医药', reason: 'Taiwan 生技醫藥 (biotech and pharma); mainland 生物医药.' },
  { from: '资讯科技', to: '信息技术', reason: 'Taiwan 資訊科技 typed in Simplified characters; OpenCC maps only the Traditional form.' },
  { from: '资讯', to: '信息', reason: 'Taiwan 資訊 typed in Simplified characters.' },
  { from: '智慧制造', to: '智能制造', reason: 'Taiwan 智慧製造 typed in Simplified characters.' },
  { from: '智慧网联', to: '智能网联', reason: 'Taiwan 智慧網聯 typed in Simplified characters.' },
  { from: '具身智慧', to: '具身智能', reason: 'Taiwan 具身智慧 typed in Simplified characters.' },
  { from: '人工智慧', to: '人工智能', reason: 'Taiwan 人工智慧 typed in Simplified characters.' },
  { from: '量子通讯', to: '量子通信', reason: 'Taiwan 量子通訊 typed in Simplified characters.' },
  { from: '专案', to: '项目', reason: 'Taiwan 專案 typed in Simplified characters.' },
]

let converter: ConverterFunction | undefined
const converted = new Map<string, string>()

/** OpenCC's whole conversion: Hong Kong variant characters → Traditional → mainland Simplified (twp → cn) → regional words. */
export function openccToMainland(text: string): string {
  if (!converter) {
    const hongKongVariants = ConverterFactory(traditionalToSimplified.from.hk!)
    const taiwanToMainland = ConverterBuilder(traditionalToSimplified)({ from: 'twp', to: 'cn' })
    const regional = CustomConverter(regionalTerms.map(({ from, to }) => [from, to] as [string, string]))
    converter = (run) => regional(taiwanToMainland(hongKongVariants(run)))
  }
  let out = converted.get(text)
  if (out === undefined) converted.set(text, (out = converter(text)))
  return out
}

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g

/** Text as the search normalizes it, with OpenCC: folded, each run of Han characters converted. */
export const mainland = (text: string) => fold(text).replace(HAN_RUN, openccToMainland)

/** The fields of each measure, in order, as engine.ts scores them. */
function searchFields(): Omit<Field, 'zh' | 'en'>[] {
  const zh = zhHans as Readonly<Record<string, string>>
  return measures.flatMap((measure) => {
    const prefix = `measure.${measure.id}`
    const glossaryFields = glossary.filter((entry) => glossaryMeasures[entry.id].includes(measure.id))
    const candidates: [Field['kind'], string | null, string][] = [
      ['title', null, `${prefix}.title`],
      ['name', null, `${prefix}.name`],
      ['summary', null, `${prefix}.summary`],
      ...measure.support.map((item): [Field['kind'], string, string] => ['benefit', item.key, `${prefix}.support.${item.key}`]),
      ...measure.figures.map((id): [Field['kind'], string, string] => ['figure', id, `figure.${id}`]),
      ...measure.conditions.map((c): [Field['kind'], string, string] => ['condition', c.id, `condition.${measure.id}.${c.id}`]),
      ...measure.notes.map((note): [Field['kind'], string, string] => ['note', note.key, `${prefix}.note.${note.key}`]),
      ...glossaryFields.flatMap((entry): [Field['kind'], string, string][] => [
        ['glossary-term', entry.id, `glossary.${entry.id}.term`],
        ['glossary-gloss', entry.id, `glossary.${entry.id}.gloss`],
      ]),
    ]
    const doc = measures.indexOf(measure)
    return candidates.filter(([, , message]) => message in zh).map(([kind, key, message]) => ({ doc, kind, key, message: message as MessageKey }))
  })
}

export function generateSearchIndex(): SearchIndex {
  return {
    fields: searchFields().map((field) => ({ ...field, zh: mainland(zhHans[field.message]), en: englishStems(en[field.message]).join(' ') })),
    concepts: concepts.map(({ id, zh, en: english }) => ({
      id,
      zh: zh.map(mainland),
      en: english.map((phrase) => englishStems(phrase).join(' ')).filter((stems) => stems !== ''),
    })),
  }
}

/** Every dictionary key of the t2cn preset made of Han characters alone. */
function dictionaryKeys(): Set<string> {
  const keys = new Set<string>()
  const walk = (data: unknown) => {
    if (typeof data === 'string') for (const entry of data.split('|')) keys.add(entry.slice(0, entry.indexOf(' ')))
    else if (data !== null && typeof data === 'object') for (const value of Object.values(data)) walk(value)
  }
  walk(traditionalToSimplified)
  return new Set([...keys].filter((key) => key.replace(HAN_RUN, '') === '' && key !== ''))
}

/** Simplified text and its three Traditional variants. */
let toTraditional: ConverterFunction[] | undefined
const withVariants = (text: string) => [text, ...(toTraditional ??= (['tw', 'twp', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }))).map((convert) => convert(text))]
const regionalVariants = () => regionalTerms.flatMap(({ from }) => withVariants(from))

/** A conversion by a table being built: at each place the longest key that matches, else the character as it is. */
function convertWith(table: Readonly<Record<string, Readonly<Record<string, string>>>>, text: string, longest: number): string {
  let out = ''
  for (let at = 0; at < text.length; ) {
    const phrases = table[text[at]!] ?? {}
    let length = Math.min(longest, text.length - at)
    while (length > 1 && !Object.hasOwn(phrases, text.slice(at, at + length))) length--
    out += phrases[text.slice(at, at + length)] ?? text.slice(at, at + length)
    at += length
  }
  return out
}

/**
 * The characters and phrases OpenCC converts (with the regional words) whose Simplified form is
 * written in characters of this corpus (the zh-Hans catalog and the concepts, normalized), each
 * kept when the table without it would convert it otherwise. Keyed by first character, longest
 * first, as chinese.ts reads it.
 */
export function generateTraditionalTable(): Record<string, Record<string, string>> {
  const corpus = new Set([...[...Object.values(zhHans), ...concepts.flatMap((c) => c.zh)].map(mainland).join('')])
  const keys = [...new Set([...dictionaryKeys(), ...regionalVariants()])].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
  const longest = Math.max(...keys.map((key) => key.length))
  const table: Record<string, Record<string, string>> = {}
  const convert = (text: string) => convertWith(table, text, longest)
  const add = (key: string) => ((table[key[0]!] ??= {})[key] = openccToMainland(key))
  for (const key of keys) if (convert(key) !== openccToMainland(key) && [...openccToMainland(key)].every((c) => corpus.has(c))) add(key)
  // OpenCC converts a phrase only where no phrase found first covers part of it (中核 keeps the
  // 核心 of 行动中核心 from becoming 内核; 顯著 stays 显著 though 著 alone becomes 着): where a run
  // of the corpus converts otherwise, the dictionary's phrases in it are added as OpenCC has them.
  const runs = [...new Set(conversionSamples().flatMap((text) => fold(text).match(HAN_RUN) ?? []))]
  for (let added = true; added; ) {
    const missing = runs.filter((run) => convert(run) !== openccToMainland(run))
    const phrases = keys.filter((key) => key.length > 1 && table[key[0]!]?.[key] === undefined && missing.some((run) => run.includes(key)))
    phrases.forEach(add)
    added = phrases.length > 0
  }
  const firsts = Object.keys(table).sort()
  return Object.fromEntries(firsts.map((first) => [first, Object.fromEntries(Object.entries(table[first]!).sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1)))]))
}

/** Texts the table must convert exactly as OpenCC does: every catalog's, the concepts', the regional words in every variant. */
export const conversionSamples = (): string[] => [
  ...[zhHans, zhHant, zhHantTW, zhHantHK].flatMap((catalog) => Object.values<string>(catalog)),
  ...concepts.flatMap((c) => c.zh.flatMap(withVariants)),
  ...regionalVariants(),
]
