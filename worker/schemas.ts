import { z } from '@hono/zod-openapi'
import { languages } from './lib/language.ts'
import { SEARCH_QUERY_MAX_LENGTH } from './lib/limits.ts'
import { actionIds, groupIds, measureIds, planIds } from '../rules/measures.ts'
import { futureIndustryFields, majorProjectLevels, openCompetitionIndustries, type Profile } from '../rules/profile.ts'
import { glossary, type GlossaryId } from '../i18n/glossary.ts'
import { releaseEntryIds } from '../rules/release.ts'

/**
 * The zod schemas are the single source for validation, response types and the OpenAPI
 * document. Shared ones are registered by name so the spec reads well.
 */

export const LanguageQuery = z
  .string()
  .optional()
  .openapi({
    param: { name: 'lang', in: 'query' },
    description: `Response language; wins over Accept-Language. One of ${languages.join(', ')} (aliases such as zh-CN, zh_TW, zh-HK, en-US are accepted). Unsupported values get a 400.`,
    example: 'en',
  })

export const MeasureIdSchema = z.enum(measureIds).openapi('MeasureId', { description: 'Stable measure id (never translated).' })
export const GroupIdSchema = z.enum(groupIds).openapi('GroupId')
export const KindSchema = z.enum(['action', 'plan']).openapi('MeasureKind')

export const SourceEntryIdSchema = z.enum(releaseEntryIds).openapi('SourceEntryId', {
  description:
    'Stable id of an entry of the release in GET /v1/source (never translated): `title`, `h-…` for a heading, `p-…` for a paragraph, named after what the entry is about, so it does not change when lines of the stored file move.',
})

export const CitationSchema = z
  .object({
    source: z.enum(['article', 'fullText', 'version1', 'convention']).openapi({ description: 'Which document states the fact; `convention` marks a rule of this service the source does not state.' }),
    url: z.string().nullable().openapi({
      description:
        'Address of the cited document. For the article: the portal’s Traditional page for zh-Hant, zh-Hant-TW and zh-Hant-HK, its Simplified page for zh-Hans and en. Null for a convention.',
    }),
    line: z.number().int().nullable().openapi({ description: 'Line of the stored article (rules/source/) that states the fact; null for other sources.' }),
    entry: SourceEntryIdSchema.nullable().openapi({
      description: 'The entry of GET /v1/source that holds the quote (the entry with this line); null for other sources.',
      example: 'p-spring-shoots',
    }),
    quote: z.string().openapi({
      description:
        'The words of the source. For the article, the release’s own words in the response’s script, exactly as the entry’s text in GET /v1/source gives them: zh-Hant-TW quotes the portal’s Traditional page verbatim; zh-Hans and en quote the Simplified original as reconstructed from it; zh-Hant and zh-Hant-HK convert that with OpenCC. Reviewed word lists for our own text never apply to quotes.',
    }),
    translation: z.string().optional().openapi({
      description: 'English only, for the article: this service’s (unofficial) translation of `quote`, word for word as it stands in the entry’s English text in GET /v1/source.',
    }),
  })
  .openapi('Citation')

export const FigureSchema = z
  .object({
    id: z.string().openapi({ example: 'spring-shoots.rent-rate-cap' }),
    label: z.string(),
    value: z.number(),
    unit: z.enum(['CNY', 'percent', 'ratio', 'CNY/m2/day', 'm2', 'years', 'persons', 'days', 'enterprises']),
    bound: z.enum(['at-most', 'exactly', 'more-than', 'at-least', 'less-than', 'reach']),
    period: z.enum(['per-project', 'per-year', 'cumulative', 'per-day']).nullable(),
    text: z.string().openapi({ description: 'The figure written out in the response language.', example: 'up to CNY 1.5 per m² per day' }),
    since: z.string().nullable().openapi({
      description:
        'Date the value took effect, only where a source states it; otherwise null. No source states one for the current figures: 2025-04-11 is the date the policy was signed and 2025-04-17 the date it was announced (see Policy), neither an effective date.',
      example: null,
    }),
    citation: CitationSchema,
    previous: z
      .object({
        value: z.number(),
        unit: z.string(),
        text: z.string(),
        citation: CitationSchema,
      })
      .nullable()
      .openapi({ description: 'The same figure in version 1.0 (Feb 2022), where known.' }),
  })
  .openapi('Figure')

export const TextWithCitationSchema = z.object({ key: z.string(), text: z.string(), citation: CitationSchema }).openapi('CitedText')

export const BenefitSchema = z
  .object({
    key: z.string(),
    text: z.string(),
    amounts: z.array(FigureSchema).openapi({ description: 'Figures the source states for this benefit (empty if none).' }),
    citation: CitationSchema,
  })
  .openapi('Benefit')

export const MeasureSchema = z
  .object({
    id: MeasureIdSchema,
    kind: KindSchema,
    group: z.union([GroupIdSchema, z.null()]).openapi({ description: 'The action group (actions only).' }),
    title: z.string(),
    name: z.string().nullable().openapi({ description: 'The nickname the policy uses, e.g. 「白菜心」.' }),
    summary: z.string(),
    benefits: z.array(BenefitSchema),
    figures: z.array(FigureSchema),
    conditions: z.array(z.object({ id: z.string(), text: z.string(), citation: CitationSchema })),
    notes: z.array(TextWithCitationSchema),
    changes: z.array(z.object({ figureId: z.string(), text: z.string() })).openapi({ description: 'Figures that differ from version 1.0.' }),
    notStated: z
      .array(z.object({ aspect: z.enum(['support', 'amounts', 'conditions']), text: z.string() }))
      .openapi({ description: 'What the source does not state for this measure.' }),
    eligibilityEvaluated: z.boolean().openapi({ description: 'Whether POST /v1/eligibility evaluates this measure.' }),
    citation: CitationSchema,
  })
  .openapi('Measure')

export const SourceSchema = z
  .object({ id: z.string(), kind: z.enum(['primary', 'secondary']), title: z.string(), publisher: z.string(), published: z.string(), url: z.string() })
  .openapi('Source')

export const PolicySummarySchema = z
  .object({
    id: z.literal('kechuang-20-v2'),
    title: z.string(),
    nickname: z.string(),
    issuer: z.string(),
    signed: z.string(),
    announced: z.string(),
  })
  .openapi('PolicySummary')

export const GroupSchema = z
  .object({
    id: GroupIdSchema,
    title: z.string(),
    summary: z.string(),
    actionCount: z.number().int(),
    namedActions: z.array(z.object({ id: z.enum(actionIds), title: z.string() })),
    unnamedActionCount: z.number().int(),
    unnamedActionsNote: z.string().nullable(),
    citation: CitationSchema,
  })
  .openapi('Group')

export const PolicySchema = PolicySummarySchema.extend({
  summary: z.string(),
  headline: z.string(),
  actionCount: z.number().int(),
  planCount: z.number().int(),
  targetYear: z.number().int(),
  targets: z.array(FigureSchema),
  groups: z.array(GroupSchema),
  plans: z.array(z.object({ id: z.enum(planIds), title: z.string() })),
  sources: z.array(SourceSchema),
  citation: CitationSchema,
}).openapi('Policy')

export const MeasureListSchema = z.object({ policy: PolicySummarySchema, count: z.number().int(), measures: z.array(MeasureSchema) }).openapi('MeasureList')

export const MeasuresQuery = z.object({
  lang: LanguageQuery,
  kind: KindSchema.optional().openapi({ param: { name: 'kind', in: 'query' }, description: 'Only actions or only plans.' }),
  group: GroupIdSchema.optional().openapi({ param: { name: 'group', in: 'query' }, description: 'Only the actions of one group.' }),
})

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ description: 'Stable URI reference of the problem type (never translated).', example: '/problems/measure-not-found' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional().openapi({ description: 'The id of the request (also in the X-Request-Id header), for support.' }),
    errors: z
      .array(z.object({ pointer: z.string(), code: z.string(), detail: z.string() }))
      .optional()
      .openapi({ description: 'Validation errors, each naming the offending field by JSON pointer.' }),
  })
  .openapi('Problem')

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
})

export const cachingHeaders = {
  ETag: { schema: { type: 'string' as const }, description: 'Strong validator of this resource in this language.' },
  'Cache-Control': { schema: { type: 'string' as const } },
  'Content-Language': { schema: { type: 'string' as const }, description: 'The language of the body.' },
}
export const notModified = { description: 'Not modified (If-None-Match matched the current ETag).', headers: cachingHeaders }

// The release (GET /v1/source) ---------------------------------------------------------------

export const SourceEntrySchema = z
  .object({
    id: SourceEntryIdSchema,
    kind: z.enum(['title', 'heading', 'paragraph']),
    line: z.number().int().openapi({ description: 'Line of the stored file (rules/source/) the entry is.' }),
    text: z.string().openapi({
      description:
        'The entry in the response’s language: zh-Hant-TW the portal’s own Traditional text, verbatim; zh-Hans the Simplified original reconstructed from it; zh-Hant and zh-Hant-HK that text converted with OpenCC (cn→tw, cn→hk); en this service’s unofficial translation.',
    }),
    original: z.string().optional().openapi({ description: 'The Simplified original of the entry (as in zh-Hans); present in every language but zh-Hans.' }),
    measures: z.array(MeasureIdSchema).openapi({ description: 'The measures (actions and plans) the entry states or names; each is at /v1/measures/{id}, and its citations name this entry.' }),
    figures: z.array(z.string()).openapi({ description: 'The figures (parameters) the entry states, by the `id` they have in Measure.figures and Policy.targets.', example: ['spring-shoots.rent-rate-cap'] }),
  })
  .openapi('SourceEntry')

export const TranslationNoticeSchema = z
  .object({
    official: z.literal(false).openapi({ description: 'The translation is this service’s own, not an official one.' }),
    note: z.string(),
  })
  .openapi('TranslationNotice')

export const SourceTextSchema = z
  .object({
    id: z.literal('article'),
    title: z.string().openapi({ description: 'The release’s title in the response’s language (the `title` entry).' }),
    description: z.string().openapi({ description: 'What the document is, in the response’s language.' }),
    publisher: z.string(),
    published: z.string().openapi({ description: 'When the portal published the release (ISO 8601, Beijing time).', example: '2025-04-17T15:34:00+08:00' }),
    url: z.string().openapi({ description: 'The page this language’s text corresponds to: the Traditional page for the zh-Hant variants, the Simplified page otherwise.' }),
    simplifiedUrl: z.string().openapi({ description: 'The portal’s Simplified page (the original).' }),
    traditionalUrl: z.string().openapi({ description: 'The portal’s Traditional (Taiwan-phrased) conversion of the same page, the copy the repository stores.' }),
    rendering: z.enum(['reconstructed', 'converted', 'verbatim', 'translated']).openapi({
      description:
        'How the text in this language was produced. `verbatim` (zh-Hant-TW): the portal’s Traditional page as stored, word for word. `reconstructed` (zh-Hans): the Simplified original rebuilt from it — OpenCC tw→cn for the characters, a reviewed list for the mainland words (支持, 信息, 智能制造, 航天, …) and full-width punctuation. `converted` (zh-Hant, zh-Hant-HK): that Simplified text through plain OpenCC cn→tw or cn→hk. `translated` (en): this service’s translation.',
    }),
    translation: TranslationNoticeSchema.nullable().openapi({ description: 'For en: the text is an unofficial translation. Null for the Chinese variants.' }),
    count: z.number().int(),
    entries: z.array(SourceEntrySchema).openapi({ description: 'The title, then every heading and paragraph of the body in order; the page furniture (date line, share and font controls, related links, the leaving-site notice) is left out.' }),
  })
  .openapi('SourceText')

export type SourceTextDto = z.infer<typeof SourceTextSchema>

// Eligibility -----------------------------------------------------------------------------

const MAX_YUAN = 1_000_000_000_000 // 1 trillion yuan: beyond any project this policy funds
const money = (description: string) => z.number().min(0).max(MAX_YUAN).openapi({ description })

const strictOrNull = <T extends z.ZodRawShape>(shape: T, name: string, description: string) =>
  z.strictObject(shape).nullable().optional().openapi(name, { description: `${description} \`null\` means the company has none.` })

export const ProfileSchema = z
  .strictObject({
    operatesInYizhuangNewTown: z.boolean().optional().openapi({ description: 'Operates lawfully within Yizhuang New Town (亦庄新城).' }),
    certifiedTechSme: z.boolean().optional().openapi({ description: 'Certified tech-based SME (经认定的科技型中小企业).' }),
    employees: z.number().int().min(0).max(10_000_000).optional().openapi({ description: 'Headcount (人数).', example: 60 }),
    rent: strictOrNull(
      {
        areaSqm: z.number().min(0).max(1_000_000).optional().openapi({ description: 'Leased area in m².', example: 800 }),
        yuanPerSqmPerDay: z.number().min(0).max(1_000).optional().openapi({ description: 'Rent in yuan per m² per day.', example: 1.8 }),
      },
      'RentInput',
      'Space the company leases.',
    ),
    cabbageHeartProject: strictOrNull(
      {
        rdInvestmentYuan: money('R&D investment of the Baicaixin (白菜心) project, in yuan.').optional(),
        outstandingImpact: z.boolean().optional().openapi({
          description:
            'Particularly outstanding pull on industrial development (产业发展带动效应特别突出). The article ties the 1亿元 maximum to such projects; no project exceeds it either way, and unless this is true the explanation says the cap is only the heading’s.',
        }),
      },
      'CabbageHeartProjectInput',
      'A Baicaixin (白菜心) core project the company carries out.',
    ),
    majorProject: strictOrNull(
      {
        level: z.enum(majorProjectLevels).optional().openapi({ description: 'National or Beijing major sci-tech / industrial project.' }),
        fundingYuan: money('Government funding the project received, in yuan (the base of 1:1 matching).').optional(),
        alignedWithEtown: z.boolean().optional().openapi({ description: "Fits E-Town's development priorities (符合经开区发展方向)." }),
      },
      'MajorProjectInput',
      'A national or Beijing major project the company carries out.',
    ),
    certifiedIncubator: z.boolean().optional().openapi({ description: 'Certified tech business incubator (经认定的科技企业孵化器).' }),
    openCompetitionProject: strictOrNull(
      {
        industry: z.enum(openCompetitionIndustries).optional(),
        listQuotaYuan: money('Funding quota set in the challenge list, in yuan.').optional(),
      },
      'OpenCompetitionProjectInput',
      'An open-bidding (揭榜挂帅) project the company has won.',
    ),
    futureIndustryProject: strictOrNull(
      {
        field: z.enum(futureIndustryFields).optional(),
        shortlisted: z.boolean().optional().openapi({ description: 'Recognised and shortlisted (经认定入围).' }),
      },
      'FutureIndustryProjectInput',
      'An early-stage project in a future industry.',
    ),
  })
  .openapi('Profile')

// The rules read the same shape the schema validates.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _profileMatchesRules: Same<z.infer<typeof ProfileSchema>, Profile> = true
void _profileMatchesRules

export const EligibilityRequestSchema = z.strictObject({ profile: ProfileSchema }).openapi('EligibilityRequest')

export const ReasonSchema = z
  .object({
    code: z.string().openapi({ example: 'spring-shoots.certified-tech-sme' }),
    kind: z.enum(['condition', 'input', 'note']).openapi({ description: '`condition`: a stated condition; `input`: an input the amount still needs; `note`: a fact about the amount.' }),
    outcome: z.enum(['passed', 'failed', 'missing', 'unstated', 'info']).openapi({
      description: '`unstated`: the input is known but the source does not say whether it qualifies (its list ends in 等); the status is then needs-info.',
    }),
    passed: z.boolean().openapi({ description: 'True when this does not stand in the way (a passed condition or a note).' }),
    text: z.string(),
    citation: CitationSchema,
  })
  .openapi('Reason')

export const AmountSchema = z
  .object({
    maxYuan: z.number().openapi({ description: 'The most the source allows for this profile, in yuan, exact to the fen.', example: 1314000 }),
    perYearYuan: z.number().optional().openapi({ description: 'Per year, where the benefit is paid yearly.', example: 438000 }),
    text: z.string().openapi({
      description:
        'The amount in words. Every amount of one response is written one way: in 万/亿 (CNY … million) when each reads exactly in them with at most two decimals (131.4万元), otherwise all in yuan grouped by thousands (1,314,000元).',
    }),
  })
  .openapi('Amount')

export const TraceStepSchema = z
  .object({
    code: z.string(),
    value: z.number(),
    unit: z.enum(['CNY', 'CNY/m2/day', 'm2']),
    parameters: z.array(z.string()),
    inputs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .openapi('TraceStep')

export const TraceConditionSchema = z
  .object({
    code: z.string(),
    outcome: z.enum(['passed', 'failed', 'missing', 'unstated']),
    inputs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    parameters: z.array(z.string()),
  })
  .openapi('TraceCondition', { description: 'A condition as evaluated; its citation is on the reason with the same code.' })

export const EligibilityResultSchema = z
  .object({
    measureId: MeasureIdSchema,
    title: z.string(),
    status: z.enum(['eligible', 'ineligible', 'needs-info']),
    statusText: z.string(),
    amount: AmountSchema.nullable(),
    explanation: z.string().nullable().openapi({
      description:
        'How the amount was computed, in words and figures, amounts written as in `amount.text`; inputs are quoted exactly as sent. For 白菜心 it also says the funding is paid on review and, unless the project has outstanding impact, that the 1亿 cap is the heading’s.',
    }),
    reasons: z.array(ReasonSchema).openapi({ description: 'Failed conditions first, then missing ones, then passed ones and notes.' }),
    missing: z.array(z.string()).openapi({ description: 'JSON pointers of the inputs that would decide a needs-info.' }),
    trace: z.object({ conditions: z.array(TraceConditionSchema), steps: z.array(TraceStepSchema) }),
  })
  .openapi('EligibilityResult')

export const EligibilityResponseSchema = z
  .object({
    results: z.array(EligibilityResultSchema),
    notEvaluated: z.array(z.object({ measureId: MeasureIdSchema, title: z.string(), reason: z.string() })).openapi({
      description: 'Measures whose conditions the source does not state.',
    }),
  })
  .openapi('EligibilityResponse')

export type MeasureDto = z.infer<typeof MeasureSchema>
export type FigureDto = z.infer<typeof FigureSchema>
export type CitationDto = z.infer<typeof CitationSchema>
export type PolicyDto = z.infer<typeof PolicySchema>
export type MeasureListDto = z.infer<typeof MeasureListSchema>
export type EligibilityResponseDto = z.infer<typeof EligibilityResponseSchema>
export type EligibilityResultDto = z.infer<typeof EligibilityResultSchema>
export type ProblemDto = z.infer<typeof ProblemSchema>

// Search and glossary ------------------------------------------------------------------------

export const SearchQuery = z.object({
  lang: LanguageQuery,
  q: z
    .string()
    .trim()
    .min(1)
    .max(SEARCH_QUERY_MAX_LENGTH)
    .openapi({
      param: { name: 'q', in: 'query' },
      description:
        `What to look for, 1–${SEARCH_QUERY_MAX_LENGTH} characters: Chinese in Simplified or Traditional characters, with mainland, Taiwan or Hong Kong wording (房租补贴, 房租補貼, 智慧製造), ` +
        'or English ("rent subsidy", "incubator"), including the pinyin names (Baicaixin, Chunsun). Empty or longer queries get a 400.',
      example: '房租补贴',
    }),
})

export const HighlightSchema = z
  .object({
    start: z.number().int().min(0).openapi({ description: 'Offset of the first highlighted character in `text`.' }),
    end: z.number().int().min(0).openapi({ description: 'Offset just past the last highlighted character.' }),
  })
  .openapi('Highlight', {
    description: 'A matched part of a snippet. Offsets count UTF-16 code units (JavaScript string indices); the policy text is all in the Basic Multilingual Plane, so they equal code point offsets.',
  })

export const SnippetSchema = z
  .object({
    field: z
      .enum(['title', 'name', 'summary', 'benefit', 'figure', 'condition', 'note', 'glossary'])
      .openapi({ description: 'Which part of the measure the text comes from.' }),
    key: z.string().nullable().openapi({ description: 'The benefit or note key, condition id, figure id or glossary term id; null for title, name and summary.' }),
    text: z.string().openapi({ description: 'The text in the response language; cut with … when long.' }),
    highlights: z.array(HighlightSchema).openapi({
      description: 'Where the query matches `text`. Empty when the query is in another language than the response and no equivalent term is known.',
    }),
  })
  .openapi('Snippet')

export const SearchResultSchema = z
  .object({
    measureId: MeasureIdSchema,
    kind: KindSchema,
    title: z.string(),
    name: z.string().nullable().openapi({ description: 'The nickname the policy uses, e.g. 「白菜心」.' }),
    score: z.number().openapi({ description: 'Relevance, higher first; comparable within one response only.', example: 12.5 }),
    snippet: SnippetSchema,
  })
  .openapi('SearchResult')

export const SearchResponseSchema = z
  .object({
    query: z.string().openapi({ description: 'The query as received, trimmed.', example: '房租補貼' }),
    normalizedQuery: z.string().openapi({ description: 'The query as matched: mainland Simplified Chinese, or lower-case English.', example: '房租补贴' }),
    queryLanguage: z.enum(['zh-Hans', 'en']).openapi({
      description: 'The text the query was matched against: queries with Chinese characters against the Simplified text, others against the English text.',
    }),
    count: z.number().int(),
    results: z.array(SearchResultSchema).openapi({ description: 'Matching measures, most relevant first; empty when nothing matches.' }),
  })
  .openapi('SearchResponse')

const glossaryIds = glossary.map((entry) => entry.id) as [GlossaryId, ...GlossaryId[]]

export const GlossaryTermSchema = z
  .object({
    id: z.enum(glossaryIds).openapi({ description: 'Stable id of the term (never translated).' }),
    term: z.string().openapi({ description: 'The term in the response language.' }),
    variants: z
      .object({ 'zh-Hans': z.string(), 'zh-Hant': z.string(), 'zh-Hant-TW': z.string(), 'zh-Hant-HK': z.string(), en: z.string() })
      .openapi({ description: 'The term in every language variant.' }),
    english: z.string().openapi({ description: 'The English term.' }),
    englishOfficial: z.boolean().openapi({ description: "Whether the English term is the one Beijing's official English pages use (else this service's rendering)." }),
    englishSource: z.string().nullable().openapi({ description: 'Where the official English term is used; null when it is not official.' }),
    gloss: z.string().openapi({ description: 'One line explaining the term, in the response language.' }),
    measureIds: z.array(MeasureIdSchema).openapi({ description: 'The measures the term belongs to (empty for policy-wide terms).' }),
  })
  .openapi('GlossaryTerm')

export const GlossarySchema = z.object({ count: z.number().int(), terms: z.array(GlossaryTermSchema) }).openapi('Glossary')

export type SearchResponseDto = z.infer<typeof SearchResponseSchema>
export type GlossaryDto = z.infer<typeof GlossarySchema>
