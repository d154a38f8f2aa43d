import { describe, expect, it } from 'vitest'
import { measureIds } from '../../rules/measures.ts'
import { call, json, languages } from './helpers.ts'

describe('GET /v1/measures/{id}: every id in every language', () => {
  const cases = measureIds.flatMap((id) => languages.map((lang) => [id, lang] as const))
  it.each(cases)('%s in %s', async (id, lang) => {
    const { res, body } = await json(`/v1/measures/${id}?lang=${lang}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('content-language')).toBe(lang)
    expect(res.headers.get('vary')).toBeNull()
    expect(body.id).toBe(id)
    expect(['action', 'plan']).toContain(body.kind)
    expect(body.title.length).toBeGreaterThan(1)
    expect(body.summary.length).toBeGreaterThan(10)
    if (body.kind === 'action') expect(body.group).not.toBeNull()
    if (body.figures.length === 0) expect(body.notStated.map((n: { aspect: string }) => n.aspect)).toContain('amounts')
  })
})

describe('GET /v1/measures', () => {
  it('lists 9 actions and 6 plans with the policy', async () => {
    const { res, body } = await json('/v1/measures?lang=en')
    expect(res.status).toBe(200)
    expect(body.policy.id).toBe('kechuang-20-v2')
    expect(body.measures.map((m: { id: string }) => m.id)).toEqual([...measureIds])
    expect(body.count).toBe(15)
  })

  it.each([
    ['kind=action', 9],
    ['kind=plan', 6],
    ['group=original-innovation', 4],
    ['group=innovation-factors', 2],
    ['group=innovation-ecosystem', 3],
    ['kind=plan&group=innovation-factors', 0],
  ])('filters by %s', async (query, count) => {
    const { body } = await json(`/v1/measures?${query}`)
    expect(body.measures).toHaveLength(count)
    expect(body.count).toBe(count)
  })

  it.each(['kind=actions', 'group=foo'])('rejects an unknown filter value %s with a 400 naming the parameter', async (query) => {
    const { res, body } = await json(`/v1/measures?${query}&lang=en`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(body.errors[0].pointer).toBe(`/query/${query.split('=')[0]}`)
  })

  it('states figures with units, bounds, citations and the change from 1.0', async () => {
    const { body } = await json('/v1/measures/industrial-foundation?lang=en')
    const cap = body.figures.find((f: { id: string }) => f.id === 'industrial-foundation.project-cap')
    expect(cap).toMatchObject({ value: 100_000_000, unit: 'CNY', bound: 'at-most', period: 'per-project', text: 'up to CNY 100 million per project' })
    expect(cap.citation).toEqual({
      source: 'article',
      line: 12,
      entry: 'h-project-cap',
      quote: '单个项目最高1亿元研发支持',
      translation: 'Up to CNY 100 million in R&D support for a single project',
      url: 'https://www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html',
    })
    expect(cap.previous).toMatchObject({ value: 50_000_000 })
    expect(body.changes.map((c: { figureId: string }) => c.figureId)).toEqual(['industrial-foundation.project-cap'])
    expect(body.name).toContain('Baicaixin')
  })

  it.each([
    ['zh-Hans', '单个项目最高1亿元'],
    ['zh-Hant', '單個項目最高1億元'],
    ['zh-Hant-TW', '單個專案最高1億元'],
    ['zh-Hant-HK', '單個項目最高1億元'],
    ['en', 'up to CNY 100 million per project'],
  ])('formats amounts for %s: %s', async (lang, text) => {
    const { body } = await json(`/v1/measures/industrial-foundation?lang=${lang}`)
    expect(body.figures.map((f: { text: string }) => f.text)).toContain(text)
  })

  it('writes the rent standard and area caps per language', async () => {
    const zh = (await json('/v1/measures/spring-shoots?lang=zh-Hans')).body
    expect(zh.figures.map((f: { text: string }) => f.text)).toEqual(['最高1.5元/平方米/天', '最长3年', '100人及以上', '最高1000平方米', '最高2000平方米', '365天'])
    const en = (await json('/v1/measures/spring-shoots?lang=en')).body
    expect(en.figures.map((f: { text: string }) => f.text)).toContain('up to 1,000 m²')
  })

  it('says "not stated in the source" for measures the article only names', async () => {
    const { body } = await json('/v1/measures/high-end-industry-layout?lang=en')
    expect(body.notStated.map((n: { aspect: string }) => n.aspect)).toEqual(['support', 'amounts', 'conditions'])
    expect(body.benefits).toEqual([])
    expect(body.eligibilityEvaluated).toBe(false)
  })

  it('answers an unknown id with a localized 404 problem', async () => {
    const { res, body } = await json('/v1/measures/no-such-measure?lang=en')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(body).toMatchObject({ type: '/problems/measure-not-found', status: 404, title: 'Measure not found' })
    expect(body.detail).toContain('no-such-measure')
    const zh = await json('/v1/measures/no-such-measure?lang=zh-Hant')
    expect(zh.body.title).toBe('找不到該措施')
  })
})

describe('GET /v1/policy', () => {
  it('has the title, dates, targets and groups with unnamed actions', async () => {
    const { res, body } = await json('/v1/policy?lang=zh-Hans')
    expect(res.status).toBe(200)
    expect(body).toMatchObject({ signed: '2025-04-11', announced: '2025-04-17', actionCount: 14, planCount: 6, targetYear: 2027, nickname: '科创二十条2.0版' })
    expect(body.title).toContain('打造高精尖产业主阵地')
    expect(body.targets.map((t: { value: number }) => t.value)).toEqual([2700, 1200, 8])
    expect(body.targets.map((t: { text: string }) => t.text)).toEqual(['超过2700家', '达到1200家', '8%及以上'])
    // The 2027 targets carry no effective date: no source states one.
    expect(body.targets.map((t: { since: string | null }) => t.since)).toEqual([null, null, null])
    expect(body.groups.map((g: { unnamedActionCount: number }) => g.unnamedActionCount)).toEqual([0, 3, 2])
    expect(body.plans).toHaveLength(6)
    expect(body.sources.map((s: { url: string }) => s.url)).toContain('https://www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html')
  })
})

describe('other routes', () => {
  it('answers unknown paths with a 404 problem', async () => {
    const { res, body } = await json('/v2/nothing', { headers: { 'accept-language': 'en' } })
    expect(res.status).toBe(404)
    expect(body).toMatchObject({ type: '/problems/not-found', status: 404, title: 'Not found' })
  })

  it('serves /healthz', async () => {
    const { res, body } = await json('/healthz')
    expect(res.status).toBe(200)
    expect(body.status).toBe('ok')
  })
})

describe('no Taiwan phrasing leaks into the mainland variants, quotes included', () => {
  const paths = ['/v1/measures', '/v1/policy', '/v1/glossary']
  it.each([...paths, '/v1/source'])('zh-Hans %s', async (path) => {
    const text = await (await call(`${path}?lang=zh-Hans`)).text()
    for (const term of ['支援', '資訊', '资讯', '航太', '介面', '界面', '産', '智慧製造', '智慧网联', '具身智慧']) expect(text, term).not.toContain(term)
    // Mainland quotation marks in our own text; the release's own are “” too.
    expect(text).not.toMatch(/[「」]/)
  })
  it.each(paths)('zh-Hant %s keeps mainland words', async (path) => {
    const text = await (await call(`${path}?lang=zh-Hant`)).text()
    for (const term of ['支援', '資訊', '航太', '介面', '智慧製造']) expect(text, term).not.toContain(term)
  })
  it('zh-Hant-TW quotes are the portal’s Traditional page word for word, and link it; the other variants link the page of their script', async () => {
    const { body } = await json('/v1/measures/future-industries-outlook?lang=zh-Hant-TW')
    expect(body.conditions[0].citation.quote).toBe('聚焦商業航太、量子通信、具身智慧、腦機介面、自動駕駛、6G通信、合成生物等未來産業領域')
    expect(body.conditions[0].citation.url).toBe('https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html')
    for (const [lang, url] of [
      ['zh-Hant', 'https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html'],
      ['zh-Hant-HK', 'https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html'],
      ['zh-Hans', 'https://www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html'],
      ['en', 'https://www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html'],
    ]) {
      expect((await json(`/v1/measures/future-industries-outlook?lang=${lang}`)).body.conditions[0].citation.url, lang).toBe(url)
    }
  })

  it('our own zh-Hant-TW text uses Taiwan words the release quotes do not (平方公尺 beside the quoted 平方米)', async () => {
    const { body } = await json('/v1/measures/spring-shoots?lang=zh-Hant-TW')
    const rent = body.benefits.find((b: { key: string }) => b.key === 'rent-subsidy')
    expect(rent.text).toContain('平方公尺')
    expect(body.notes.find((n: { key: string }) => n.key === 'actual').citation.quote).toContain('1.5元/平方米/天')
  })

  it('quotes keep the original wording where the seed was not Taiwan-phrased (建立 stays 建立)', async () => {
    const { body } = await json('/v1/measures/incubator-building?lang=zh-Hans')
    const performance = body.benefits.find((b: { key: string }) => b.key === 'performance')
    expect(performance.citation.quote).toBe('建立孵化器考核评价和退出机制，设立专项资金，每年投入1000万元')
  })
})

describe('no figure is served with a date it took effect: no source states one', () => {
  it.each(['/v1/measures?lang=en', '/v1/policy?lang=zh-Hans'])('%s', async (path) => {
    const text = await (await call(path)).text()
    expect(text).toMatch(/"since":null/)
    expect(text).not.toMatch(/"since":"/)
  })
})
