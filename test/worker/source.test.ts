import { describe, expect, it } from 'vitest'
import article from '../../rules/source/kechuang-20-v2-news-2025-04-17.zh-Hant.txt?raw'
import { SourceTextSchema } from '../../worker/schemas.ts'
import { releaseEntries } from '../../rules/release.ts'
import { call, json, languages } from './helpers.ts'

const lines = article.split('\n')
const SIMPLIFIED = 'https://www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html'
const TRADITIONAL = 'https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html'

type Entry = { id: string; kind: string; line: number; text: string; original?: string; measures: string[]; figures: string[] }
type Source = { title: string; url: string; publisher: string; published: string; simplifiedUrl: string; traditionalUrl: string; translation: { official: boolean; note: string } | null; count: number; entries: Entry[] }
type Citation = { source: string; url: string | null; line: number | null; entry: string | null; quote: string; translation?: string }

const getSource = (lang: string) => json<Source>(`/v1/source?lang=${lang}`)

/** Every citation anywhere in a JSON body. */
function citations(value: unknown, out: Citation[] = []): Citation[] {
  if (Array.isArray(value)) for (const item of value) citations(item, out)
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>
    if (typeof object.source === 'string' && 'quote' in object) out.push(object as unknown as Citation)
    for (const child of Object.values(object)) citations(child, out)
  }
  return out
}

describe('GET /v1/source', () => {
  it.each(languages)('serves the title and every heading and paragraph of the body in %s, matching the published schema', async (lang) => {
    const { res, body } = await getSource(lang)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-language')).toBe(lang)
    expect(SourceTextSchema.strict().safeParse(body).success).toBe(true)
    expect(body.entries.map((e) => [e.id, e.kind, e.line])).toEqual(releaseEntries.map((e) => [e.id, e.kind, e.line]))
    expect(body.count).toBe(17)
    expect(body.title).toBe(body.entries[0]!.text)
    for (const entry of body.entries) {
      expect(entry.text.trim(), entry.id).toBe(entry.text)
      expect(entry.text.length, entry.id).toBeGreaterThan(5)
      if (lang === 'zh-Hans') expect(entry).not.toHaveProperty('original')
      else expect(entry.original, entry.id).toMatch(/\p{Script=Han}/u)
    }
  })

  it('leaves the page furniture out', async () => {
    const text = JSON.stringify((await getSource('zh-Hant-TW')).body.entries)
    for (const furniture of ['日期:', '分享:', '字號', '相關推薦', '圖集推薦', '即將離開', '已歸檔']) expect(text, furniture).not.toContain(furniture)
  })

  it('zh-Hant-TW is the portal’s own Traditional text, verbatim, and links the Traditional page', async () => {
    const { body } = await getSource('zh-Hant-TW')
    for (const entry of body.entries) expect(entry.text).toBe(lines[entry.line - 1]!.trim())
    expect(body.url).toBe(TRADITIONAL)
  })

  it('zh-Hans is the Simplified original, with mainland words and full-width punctuation, and links the Simplified page', async () => {
    const { body } = await getSource('zh-Hans')
    const spring = body.entries.find((e) => e.id === 'p-spring-shoots')!
    expect(spring.text).toContain('实施中小企业“春笋”行动，强化空间载体支持。')
    expect(body.entries.find((e) => e.id === 'p-leading-industry-chains')!.text).toContain('聚焦新一代信息技术、生物医药和大健康、机器人和智能制造、智能网联汽车等主导产业')
    expect(body.url).toBe(SIMPLIFIED)
  })

  it.each([
    ['zh-Hant', '聚焦新一代信息技術、生物醫藥和大健康、機器人和智能製造、智能網聯汽車等主導產業'],
    ['zh-Hant-HK', '聚焦新一代信息技術、生物醫藥和大健康、機器人和智能製造、智能網聯汽車等主導產業'],
  ])('%s converts the Simplified original with plain OpenCC, keeping the release’s own words', async (lang, words) => {
    const { body } = await getSource(lang)
    expect(body.entries.find((e) => e.id === 'p-leading-industry-chains')!.text).toContain(words)
    expect(body.url).toBe(TRADITIONAL)
    for (const entry of body.entries) expect(entry.text).not.toContain('支援')
  })

  it('en is this service’s translation, marked unofficial, with the Simplified original beside each entry', async () => {
    const { body } = await getSource('en')
    expect(body.translation).toMatchObject({ official: false })
    expect(body.translation!.note).toMatch(/not an official/)
    for (const entry of body.entries) expect(entry.text).not.toMatch(/\p{Script=Han}/u)
    const zh = (await getSource('zh-Hans')).body
    expect(body.entries.map((e) => e.original)).toEqual(zh.entries.map((e) => e.text))
    expect(body.url).toBe(SIMPLIFIED)
    for (const lang of ['zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK']) expect((await getSource(lang)).body.translation).toBeNull()
  })

  it('attributes the release: publisher, date and both portal pages', async () => {
    const { body } = await getSource('en')
    expect(body).toMatchObject({ published: '2025-04-17T15:34:00+08:00', simplifiedUrl: SIMPLIFIED, traditionalUrl: TRADITIONAL })
    expect(body.publisher).toMatch(/Administrative Committee of Beijing Economic-Technological Development Area$/)
    expect((await getSource('zh-Hans')).body.publisher).toBe('北京经济技术开发区管理委员会')
  })

  it('goes from a sentence to its measure and figures, and back: every citation names the entry that holds its quote', async () => {
    const { body } = await getSource('zh-Hans')
    const byId = new Map(body.entries.map((e) => [e.id, e]))
    expect(byId.get('p-spring-shoots')!.measures).toEqual(['spring-shoots', 'incubator-building'])
    expect(byId.get('p-spring-shoots')!.figures).toContain('spring-shoots.rent-rate-cap')
    expect(byId.get('p-targets')!.figures).toEqual(['policy.target.high-tech-enterprises', 'policy.target.specialized-smes', 'policy.target.rd-growth'])
    for (const id of ['spring-shoots', 'industrial-foundation', 'leading-industry-chains', 'rd-investment-incentives']) {
      const measure = (await json(`/v1/measures/${id}?lang=zh-Hans`)).body
      for (const citation of citations(measure).filter((c) => c.source === 'article')) {
        const entry = byId.get(citation.entry!)
        expect(entry, `${id}: ${citation.quote}`).toBeDefined()
        expect(entry!.line).toBe(citation.line)
        expect(entry!.text).toContain(citation.quote)
      }
      expect(body.entries.some((e) => e.measures.includes(id)), id).toBe(true)
    }
    for (const figure of (await json('/v1/measures/spring-shoots?lang=zh-Hans')).body.figures as { id: string; citation: Citation }[]) {
      if (figure.citation.source === 'article') expect(byId.get(figure.citation.entry!)!.figures).toContain(figure.id)
    }
  })

  it('is cached like every GET: strong ETag per language, 304 on a match', async () => {
    const first = await call('/v1/source?lang=en')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]+"$/)
    expect(first.headers.get('cache-control')).toMatch(/public, max-age=\d+/)
    expect((await call('/v1/source?lang=en', { headers: { 'if-none-match': etag } })).status).toBe(304)
    const tags = new Set<string>()
    for (const lang of languages) tags.add((await call(`/v1/source?lang=${lang}`)).headers.get('etag')!)
    expect(tags.size).toBe(languages.length)
    const negotiated = await call('/v1/source', { headers: { 'accept-language': 'zh-TW' } })
    expect(negotiated.headers.get('content-language')).toBe('zh-Hant-TW')
    expect(negotiated.headers.get('vary')).toContain('Accept-Language')
  })

  it('answers an unsupported language with a 400 problem', async () => {
    const { res, body } = await json('/v1/source?lang=fr', { headers: { 'accept-language': 'en' } })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(body).toMatchObject({ type: '/problems/unsupported-language', status: 400 })
  })

  it('is in the OpenAPI document with named schemas', async () => {
    const { body } = await json('/openapi.json')
    expect(body.paths['/v1/source'].get.responses).toHaveProperty('200')
    expect(body.paths['/v1/source'].get.responses).toHaveProperty('304')
    expect(body.paths['/v1/source'].get.responses).toHaveProperty('400')
    for (const name of ['SourceText', 'SourceEntry', 'SourceEntryId', 'TranslationNotice']) expect(body.components.schemas).toHaveProperty(name)
  })
})

describe('citations of the article in every response', () => {
  const paths = ['/v1/measures', '/v1/policy']

  it.each(paths)('%s in zh-Hant-TW quotes the release’s own words, verbatim from the stored file', async (path) => {
    const found = citations((await json(`${path}?lang=zh-Hant-TW`)).body).filter((c) => c.source === 'article')
    expect(found.length).toBeGreaterThan(5)
    for (const c of found) expect(lines[c.line! - 1], c.quote).toContain(c.quote)
  })

  it('in eligibility answers, zh-Hant-TW quotes are verbatim too', async () => {
    const res = await call('/v1/eligibility?lang=zh-Hant-TW', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ profile: { operatesInYizhuangNewTown: true, certifiedTechSme: true, employees: 120, rent: { areaSqm: 2500, yuanPerSqmPerDay: 2 }, cabbageHeartProject: { rdInvestmentYuan: 1e9 }, certifiedIncubator: true } }),
    })
    const found = citations(await res.json()).filter((c) => c.source === 'article')
    expect(found.length).toBeGreaterThan(5)
    for (const c of found) expect(lines[c.line! - 1], c.quote).toContain(c.quote)
  })

  it.each(languages)('%s: every article citation names its entry, quotes it exactly as the entry reads, and links the page of its script', async (lang) => {
    const entries = new Map((await getSource(lang)).body.entries.map((e) => [e.id, e]))
    const found = [...citations((await json(`/v1/measures?lang=${lang}`)).body), ...citations((await json(`/v1/policy?lang=${lang}`)).body)]
    for (const c of found) {
      if (c.source !== 'article') {
        expect(c.entry).toBeNull()
        expect(c).not.toHaveProperty('translation')
        continue
      }
      const entry = entries.get(c.entry!)!
      expect(entry.line).toBe(c.line)
      expect(c.url).toBe(lang.startsWith('zh-Hant') ? TRADITIONAL : SIMPLIFIED)
      if (lang === 'en') {
        expect(entry.original).toContain(c.quote)
        expect(c.translation, c.quote).toBeDefined()
        expect(entry.text.toLowerCase()).toContain(c.translation!.toLowerCase())
      } else {
        expect(entry.text).toContain(c.quote)
        expect(c).not.toHaveProperty('translation')
      }
    }
  })

  it('zh-Hans quotes use the full-width punctuation of the Simplified original', async () => {
    const found = citations((await json('/v1/measures?lang=zh-Hans')).body).filter((c) => c.source === 'article')
    expect(found.filter((c) => /[,;()]/.test(c.quote)).map((c) => c.quote)).toEqual([])
    expect(found.map((c) => c.quote)).toContain('人数超过100人（含100人）的，支持面积不超过2000平方米')
  })
})
