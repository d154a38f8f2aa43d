import { describe, expect, it } from 'vitest'
import { conversionSamples, generateSearchIndex, generateTraditionalTable, mainland, openccToMainland, regionalTerms } from '../../i18n/search.ts'
import { measureIds } from '../../rules/measures.ts'
import { toMainland } from '../../worker/search/chinese.ts'
import { stem } from '../../worker/search/english.ts'
import indexBytes from '../../worker/search/generated/index.json.bin'
import traditionalBytes from '../../worker/search/generated/traditional.json.bin'
import { call, json, languages } from './helpers.ts'

interface Highlight {
  start: number
  end: number
}
interface Result {
  measureId: string
  kind: string
  title: string
  name: string | null
  score: number
  snippet: { field: string; key: string | null; text: string; highlights: Highlight[] }
}
interface SearchBody {
  query: string
  normalizedQuery: string
  queryLanguage: 'zh-Hans' | 'en'
  count: number
  results: Result[]
}

const index = JSON.parse(new TextDecoder().decode(indexBytes))
const traditional = JSON.parse(new TextDecoder().decode(traditionalBytes)) as Record<string, Record<string, string>>
const find = (q: string, lang = 'zh-Hans') => json<SearchBody>(`/v1/search?q=${encodeURIComponent(q)}&lang=${lang}`)
const marked = (result: Result) => result.snippet.highlights.map((h) => result.snippet.text.slice(h.start, h.end))

describe('the generated search files (run npm run i18n:build)', () => {
  it('hold the index of the current catalogs and concepts', () => {
    expect(index).toEqual(generateSearchIndex())
  })

  it('hold the Traditional→Simplified table OpenCC gives for this corpus', () => {
    expect(traditional).toEqual(generateTraditionalTable())
  })

  it('map each character and phrase as OpenCC does (Hong Kong variants, twp → cn, then the regional words)', () => {
    const entries = Object.values(traditional).flatMap((phrases) => Object.entries(phrases))
    expect(entries.length).toBeGreaterThan(300)
    for (const [from, to] of entries) expect(openccToMainland(from), from).toBe(to)
  })

  it('convert every text of the corpus, in every variant, exactly as OpenCC does', () => {
    for (const text of conversionSamples()) expect(toMainland(text).text, text).toBe(mainland(text))
  })
})

describe('GET /v1/search: one measure, whatever the script or phrasing', () => {
  const cases: [string, string[]][] = [
    ['spring-shoots', ['房租补贴', '房租補貼', '房租補助', '租金津貼', 'rent subsidy', 'rent subsidies', '春笋', '春筍', 'Chunsun', 'spring shoots']],
    ['leading-industry-chains', ['智能制造', '智慧製造', '智慧制造', 'smart manufacturing', '揭榜挂帅', '揭榜掛帥', 'open bidding', 'jiebang guashuai', '新一代資訊技術', '資訊科技', '智慧網聯汽車']],
    ['future-industries-outlook', ['商业航天', '商業航太', 'commercial aerospace', '腦機介面', '具身智慧', 'proof of concept', '概念驗證', 'self-driving', '死亡之谷', 'AI', '人工智能', 'artificial intelligence']],
    ['rd-investment-incentives', ['研发投入', '研究及發展', 'R&D investment']],
    ['incubator-building', ['孵化器', '育成中心', 'incubator', 'incubators', '領航級孵化器', 'flagship incubator']],
    ['industrial-foundation', ['白菜心', 'cabbage heart', 'Baicaixin', '产业强基', '産業強基', '亦莊新城']],
    ['innovation-relay', ['科创接力', '科創接力', 'innovation relay', 'matching funds']],
  ]
  const rows = cases.flatMap(([id, queries]) => queries.map((q) => [q, id] as const))
  it.each(rows)('%s → %s first', async (q, id) => {
    const { res, body } = await find(q)
    expect(res.status).toBe(200)
    expect(body.results[0]?.measureId).toBe(id)
  })

  it.each(languages)('ranks the same in every response language (%s), with titles in that language', async (lang) => {
    const { res, body } = await find('孵化器', lang)
    expect(res.headers.get('content-language')).toBe(lang)
    expect(body.results.map((r) => r.measureId)).toEqual(['incubator-building', 'spring-shoots'])
    const { body: measure } = await json<{ title: string }>(`/v1/measures/incubator-building?lang=${lang}`)
    expect(body.results[0]!.title).toBe(measure.title)
  })

  it('finds every measure first by its own title and nickname, in every language', async () => {
    for (const lang of languages) {
      const { body } = await json<{ measures: { id: string; title: string; name: string | null }[] }>(`/v1/measures?lang=${lang}`)
      for (const measure of body.measures) {
        for (const q of [measure.title, measure.name].filter((x): x is string => x !== null)) {
          const { body: found } = await find(q, lang)
          expect(found.results[0]?.measureId, `${lang} ${q}`).toBe(measure.id)
        }
      }
    }
  })

  it('ranks a title hit above body hits', async () => {
    const { body } = await find('incubator', 'en')
    expect(body.results[0]!.measureId).toBe('incubator-building')
    expect(body.results[0]!.score).toBeGreaterThan(body.results[1]!.score)
  })

  it('reports the query as matched: mainland Simplified, or English', async () => {
    expect((await find('房租補貼')).body).toMatchObject({ query: '房租補貼', normalizedQuery: '房租补贴', queryLanguage: 'zh-Hans' })
    expect((await find('商業航太')).body.normalizedQuery).toBe('商业航天')
    expect((await find('  Rent   Subsidy ', 'en')).body).toMatchObject({ query: 'Rent   Subsidy', normalizedQuery: 'rent subsidy', queryLanguage: 'en' })
  })
})

describe('GET /v1/search: nothing for what the policy does not cover', () => {
  it.each(['pizza', '天气', '天氣預報', 'weather forecast', '足球', 'hello world', 'pizza company', '的', 'the', '???', '🍕'])('%s', async (q) => {
    const { res, body } = await find(q, 'en')
    expect(res.status).toBe(200)
    expect(body.count).toBe(0)
    expect(body.results).toEqual([])
  })
})

describe('GET /v1/search: snippets', () => {
  it.each([
    ['房租补贴', 'zh-Hans', '房租补贴'],
    ['房租補貼', 'zh-Hant', '房租補貼'],
    ['房租补贴', 'zh-Hant-TW', '房租補貼'],
    ['智慧製造', 'zh-Hant-TW', '智慧製造'],
    ['智能制造', 'zh-Hant', '智能製造'],
    ['商业航天', 'zh-Hant-TW', '商業航太'],
    ['腦機介面', 'zh-Hant-HK', '腦機接口'],
    ['rent subsidy', 'en', 'rent subsidy'],
    ['proof of concept', 'en', 'proof-of-concept'],
    // The query in one language, the response in another: the glossary's equivalent is marked.
    ['白菜心', 'en', 'Baicaixin'],
    ['rent subsidy', 'zh-Hans', '房租补贴'],
    ['commercial aerospace', 'zh-Hant-TW', '商業航太'],
  ])('%s in %s marks %s', async (q, lang, word) => {
    const { body } = await find(q, lang)
    const top = body.results[0]!
    expect(marked(top).map((m) => m.toLowerCase())).toContain(word.toLowerCase())
  })

  it('keeps offsets inside the text, sorted and apart, with the text cut to a short window', async () => {
    for (const [q, lang] of [['房租补贴 孵化器', 'zh-Hans'], ['研发投入', 'zh-Hant-TW'], ['R&D investment', 'en'], ['funding', 'en'], ['支持', 'zh-Hant-HK']]) {
      const { body } = await find(q!, lang)
      expect(body.count, `${q}`).toBeGreaterThan(0)
      for (const result of body.results) {
        const { text, highlights } = result.snippet
        expect(text.length).toBeLessThanOrEqual(182)
        let last = 0
        for (const h of highlights) {
          expect(h.start).toBeGreaterThanOrEqual(last)
          expect(h.end).toBeGreaterThan(h.start)
          expect(h.end).toBeLessThanOrEqual(text.length)
          last = h.end
        }
      }
    }
  })

  it('says which part of the measure the snippet comes from', async () => {
    const { body } = await find('房租补贴')
    expect(body.results[0]!.snippet).toMatchObject({ field: 'summary', key: null })
    const glossary = await find('链主企业')
    expect(glossary.body.results[0]!.measureId).toBe('leading-industry-chains')
    expect(['summary', 'benefit', 'glossary']).toContain(glossary.body.results[0]!.snippet.field)
  })

  it('uses only BMP characters, so UTF-16 offsets equal code point offsets', async () => {
    const { body } = await find('支持 support', 'zh-Hans')
    for (const r of body.results) expect(r.snippet.text).not.toMatch(/[\uD800-\uDFFF]/)
  })
})

describe('GET /v1/search: caching and errors', () => {
  it('answers If-None-Match with 304 and names its language', async () => {
    const first = await call('/v1/search?q=%E7%99%BD%E8%8F%9C%E5%BF%83&lang=en')
    const etag = first.headers.get('etag')!
    expect(first.headers.get('cache-control')).toMatch(/public/)
    expect(first.headers.get('content-language')).toBe('en')
    const again = await call('/v1/search?q=%E7%99%BD%E8%8F%9C%E5%BF%83&lang=en', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    const negotiated = await call('/v1/search?q=incubator', { headers: { 'accept-language': 'zh-TW' } })
    expect(negotiated.headers.get('content-language')).toBe('zh-Hant-TW')
    expect(negotiated.headers.get('vary')).toMatch(/Accept-Language/)
  })

  it.each([
    ['', 'query-empty'],
    ['%20%20%20', 'query-empty'],
    [null, 'query-empty'],
    ['x'.repeat(101), 'query-too-long'],
    ['补'.repeat(101), 'query-too-long'],
  ])('q=%s → 400 %s', async (q, code) => {
    const { res, body } = await json(`/v1/search?lang=en${q === null ? '' : `&q=${q}`}`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(body).toMatchObject({ type: '/problems/validation', status: 400 })
    expect(body.errors).toEqual([{ pointer: '/query/q', code, detail: expect.any(String) }])
  })

  it('names a repeated q as the wrong type, not as empty', async () => {
    const { res, body } = await json('/v1/search?q=a&q=b&lang=en')
    expect(res.status).toBe(400)
    expect(body.errors).toEqual([{ pointer: '/query/q', code: 'wrong-type', detail: expect.any(String) }])
  })

  it('explains the error in the request language', async () => {
    const empty = await json('/v1/search?q=&lang=zh-Hant-TW')
    expect(empty.body.errors[0].detail).toContain('搜尋')
    const long = await json(`/v1/search?q=${'a'.repeat(101)}&lang=en`)
    expect(long.body.errors[0].detail).toContain('100')
    expect((await find('a'.repeat(100), 'en')).res.status).toBe(200)
  })

  it('rejects an unsupported language before searching', async () => {
    const { res, body } = await json('/v1/search?q=incubator&lang=fr')
    expect(res.status).toBe(400)
    expect(body.type).toBe('/problems/unsupported-language')
  })
})

describe('normalization', () => {
  const toSearchText = (text: string) => toMainland(text).text

  it('maps Taiwan and Hong Kong wording to mainland Simplified, as OpenCC does', () => {
    const cases = [
      ['房租補貼', '房租补贴'],
      ['智慧製造', '智能制造'],
      ['新一代資訊技術', '新一代信息技术'],
      ['資訊科技', '信息技术'],
      ['腦機介面', '脑机接口'],
      ['商業航太', '商业航天'],
      ['育成中心', '孵化器'],
      ['租金津貼', '租金津贴'],
      ['研究及發展', '研究及发展'],
      ['具身智慧', '具身智能'],
      ['衞星', '卫星'],
      ['ＲＥＮＴ　６Ｇ', 'rent 6g'],
    ]
    for (const [from, to] of cases) {
      expect(toSearchText(from!), from).toBe(to)
      expect(mainland(from!), from).toBe(to)
    }
  })

  it('takes characters outside the table as already Simplified', () => {
    expect(toSearchText('天氣預報')).toBe('天氣预报') // 气 is in no indexed text
    expect(toSearchText('Ｐizza 🍕')).toBe('pizza 🍕')
  })

  it('keeps each character where it came from, so highlights in a converted text point into the original', () => {
    expect(toMainland('育成中心補貼')).toEqual({ text: '孵化器补贴', origin: [0, 1, 2, 4, 5, 6] })
  })

  it('needs every regional term, and each gives the mainland word', () => {
    for (const { from, to, reason } of regionalTerms) {
      expect(openccToMainland(from), from).toBe(to)
      expect(toSearchText(from), from).toBe(to)
      expect(reason.length).toBeGreaterThan(10)
    }
  })

  it('stems English words the way Porter does', () => {
    expect(['incubator', 'incubators', 'incubation', 'incubate'].map(stem)).toEqual(['incub', 'incub', 'incub', 'incub'])
    expect(['subsidy', 'subsidies'].map(stem)).toEqual(['subsidi', 'subsidi'])
    expect(stem('milestones')).toBe(stem('milestone'))
  })
})

describe('the response body', () => {
  it.each(['"quoted"', 'back\\slash', 'tab\there', 'a\u2028b', '🍕 pizza', '房租"补贴', 'naïve café', '请问，怎么申请房租补贴？'])('is JSON that gives back the query %s', async (q) => {
    const { res, body } = await find(q, 'en')
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(body.query).toBe(q)
    expect(body.count).toBe(body.results.length)
  })

  it('tags the same bytes in two languages with two ETags', async () => {
    const hans = await call('/v1/search?q=pizza&lang=zh-Hans')
    const hant = await call('/v1/search?q=pizza&lang=zh-Hant')
    expect(await hans.text()).toBe(await hant.text())
    expect(hans.headers.get('etag')).not.toBe(hant.headers.get('etag'))
  })
})

describe('OpenAPI', () => {
  it('documents both operations', async () => {
    const { body } = await json('/openapi.json')
    expect(body.paths['/v1/search'].get.operationId).toBe('searchMeasures')
    expect(body.paths['/v1/glossary'].get.operationId).toBe('getGlossary')
    const q = body.paths['/v1/search'].get.parameters.find((p: { name: string }) => p.name === 'q')
    expect(q.schema).toMatchObject({ minLength: 1, maxLength: 100 })
  })

  it('returns only known measure ids', async () => {
    const { body } = await find('支持')
    for (const r of body.results) expect(measureIds).toContain(r.measureId)
  })
})
