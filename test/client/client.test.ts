/**
 * The typed client against the real worker: the bundle `npm run deploy` would upload, loaded in
 * Node, its fetch handler given to the client. `npm run typecheck -w client` checks these calls
 * and the `expectTypeOf` lines against the generated schema.
 */
import { describe, expect, expectTypeOf, test } from 'vitest'
import {
  createClient,
  languages,
  type ApiResult,
  type Conditional,
  type ConditionalOptions,
  type Language,
  type Measure,
  type MeasureList,
  type NotModified,
  type Problem,
  type Profile,
} from '../../client/src/index.ts'
import { fetchDocument } from '../../client/scripts/generate.ts'
import { baseUrl, clientFor, worker, workerFetch } from './worker.ts'

const rentingSme: Profile = { certifiedTechSme: true, employees: 60, rent: { areaSqm: 800, yuanPerSqmPerDay: 1.8 } }

/** Unwraps a success, failing the test with the problem otherwise. */
function data<T>(result: ApiResult<T> | NotModified): T {
  if (!result.ok) throw new Error(`${result.status} ${result.problem.type}: ${result.problem.detail}`)
  if (result.notModified) throw new Error('304 Not Modified')
  return result.data
}

describe.each(languages)('every endpoint in %s', (lang) => {
  test('answers in that language, with the data the document describes', async () => {
    const called: string[] = []
    const client = createClient({
      baseUrl,
      lang,
      fetch: (request) => {
        called.push(`${request.method} ${new URL(request.url).pathname}`)
        return workerFetch(request)
      },
    })

    const list = await client.listMeasures()
    expect(list).toMatchObject({ ok: true, status: 200, language: lang, etag: expect.stringMatching(/^"/) })
    expect(data(list).measures.map((m) => m.id)).toHaveLength(15)

    const factors = data(await client.listMeasures({ kind: 'action', group: 'innovation-factors' }))
    expect(factors.measures.map((m) => m.id)).toEqual(['spring-shoots', 'incubator-building'])

    const measure = await client.getMeasure('spring-shoots')
    expect(measure).toMatchObject({ ok: true, language: lang })
    expect(data(measure)).toMatchObject({ id: 'spring-shoots', kind: 'action', group: 'innovation-factors' })

    expect(data(await client.getPolicy())).toMatchObject({ id: 'kechuang-20-v2', actionCount: 14, planCount: 6 })

    const eligibility = data(await client.checkEligibility(rentingSme))
    expect(eligibility.results.find((r) => r.measureId === 'spring-shoots')).toMatchObject({
      status: 'eligible',
      amount: { perYearYuan: 438_000, maxYuan: 1_314_000 },
    })

    const options = data(await client.getEligibilityOptions())
    expect(options.options['/profile/majorProject/level']?.map((o) => o.value)).toEqual(['national', 'beijing'])

    const hits = data(await client.search(lang === 'en' ? 'rent subsidy' : '房租补贴'))
    expect(hits.results[0]?.measureId).toBe('spring-shoots')

    expect(data(await client.getGlossary()).terms.length).toBeGreaterThan(10)

    const source = data(await client.getSource())
    expect(source.entries[0]).toMatchObject({ id: 'title', kind: 'title', line: 1 })
    expect(source.entries.some((entry) => entry.measures.includes('spring-shoots'))).toBe(true)

    const problemTypes = data(await client.listProblemTypes()).problems
    expect(problemTypes.map((p) => p.type)).toContain('/problems/validation')
    expect(data(await client.getProblemType('/problems/validation'))).toMatchObject({ type: '/problems/validation', status: 400 })
    expect(data(await client.getProblemType('measure-not-found'))).toMatchObject({ status: 404 })

    expect(await client.health()).toMatchObject({ ok: true, data: { status: 'ok', version: 'test' }, language: lang })

    // Every operation of the served document was reached through a method of the client.
    const document = (await fetchDocument(worker)) as { paths: Record<string, Record<string, unknown>> }
    const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => ({ method, path })))
    const uncovered = operations.filter(({ method, path }) => {
      const pattern = new RegExp(`^${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '[^/]+')}$`)
      return !called.some((call) => pattern.test(call))
    })
    expect(uncovered).toEqual([])
  })
})

describe('languages', () => {
  test('a call can override the client’s language; without either the API negotiates (zh-Hans by default)', async () => {
    const english = clientFor({ lang: 'en' })
    expect((await english.getPolicy()).language).toBe('en')
    expect((await english.getPolicy({ lang: 'zh-Hant-TW' })).language).toBe('zh-Hant-TW')
    expect((await clientFor().getPolicy()).language).toBe('zh-Hans')
  })

  test('an unsupported ?lang= is a 400 problem in the default language (through the raw client, since the methods take only the five tags)', async () => {
    const { error, response } = await clientFor().raw.GET('/v1/measures', { params: { query: { lang: 'fr' } } })
    expect(response.status).toBe(400)
    expectTypeOf(error).toEqualTypeOf<Problem | undefined>()
    expect(error).toMatchObject({ type: '/problems/unsupported-language', status: 400 })
  })
})

describe('problems come back typed, in the request’s language', () => {
  test('404 for an unknown measure id, and its type resolves to a description', async () => {
    const client = clientFor({ lang: 'en' })
    const result = await client.getMeasure('no-such-measure')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expectTypeOf(result.problem).toEqualTypeOf<Problem>()
    expect(result).toMatchObject({ status: 404, language: 'en', problem: { type: '/problems/measure-not-found', status: 404, title: 'Measure not found' } })
    expect(result.problem.requestId).toEqual(expect.any(String))

    const zh = await client.getMeasure('no-such-measure', { lang: 'zh-Hans' })
    expect(!zh.ok && zh.problem.title).not.toBe(result.problem.title)

    expect(await client.getProblemType(result.problem.type)).toMatchObject({ ok: true, data: { type: result.problem.type, status: 404 } })
  })

  test('400 for a profile the API rejects, each offending field by JSON pointer', async () => {
    const client = clientFor({ lang: 'en' })
    const negative = await client.checkEligibility({ employees: -1 })
    expect(negative).toMatchObject({ ok: false, status: 400, problem: { type: '/problems/validation' } })
    expect(!negative.ok && negative.problem.errors).toEqual([expect.objectContaining({ pointer: '/profile/employees', code: 'too-small' })])

    // @ts-expect-error unknown keys are a compile error before they are a 400
    const unknown = await client.checkEligibility({ employees: 1, nope: true })
    expect(!unknown.ok && unknown.problem.errors?.map((e) => e.pointer)).toEqual(['/profile/nope'])

    const empty = await client.search('')
    expect(!empty.ok && empty.problem.errors?.[0]?.pointer).toBe('/query/q')
  })

  test('415 when something on the way changes the body’s Content-Type', async () => {
    const client = clientFor({
      lang: 'en',
      fetch: async (request) => {
        const headers = new Headers(request.headers)
        headers.set('Content-Type', 'text/plain')
        return workerFetch(new Request(request, { headers }))
      },
    })
    const result = await client.checkEligibility(rentingSme)
    expect(result).toMatchObject({ ok: false, status: 415, problem: { type: '/problems/unsupported-media-type', status: 415 } })
  })

  test('an error status without a problem body becomes an about:blank problem (RFC 9457 §4.2.1)', async () => {
    const client = clientFor({ fetch: async () => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }) })
    expect(await client.health()).toMatchObject({ ok: false, status: 502, problem: { type: 'about:blank', title: 'Bad Gateway', status: 502 } })
  })

  test('no answer at all is not a problem: the fetch error is thrown as it came', async () => {
    const offline = new TypeError('fetch failed')
    const client = clientFor({ fetch: async () => Promise.reject(offline) })
    await expect(client.health()).rejects.toBe(offline)
  })
})

describe('conditional GET', () => {
  test('If-None-Match with the current ETag gives a 304 without a body; a stale one gives the data', async () => {
    const client = clientFor({ lang: 'en' })
    const first = await client.getMeasure('industrial-foundation')
    const etag = first.etag ?? ''
    expect(etag).toMatch(/^"/)

    const again = await client.getMeasure('industrial-foundation', { ifNoneMatch: etag })
    expect(again).toMatchObject({ ok: true, notModified: true, status: 304, etag })
    expect(again).not.toHaveProperty('data')

    const stale = await client.getMeasure('industrial-foundation', { ifNoneMatch: '"stale"' })
    expect(stale.ok && !stale.notModified && stale.data.id).toBe('industrial-foundation')

    // The ETag is per language.
    const zh = await client.getMeasure('industrial-foundation', { ifNoneMatch: etag, lang: 'zh-Hans' })
    expect(zh).toMatchObject({ ok: true, notModified: false, status: 200 })
  })

  test('a 304 is in the result type only when If-None-Match may have been sent', () => {
    const client = clientFor()
    expectTypeOf(client.getMeasure('spring-shoots')).resolves.toEqualTypeOf<ApiResult<Measure>>()
    expectTypeOf(client.getMeasure('spring-shoots', { lang: 'en' })).resolves.toEqualTypeOf<ApiResult<Measure>>()
    expectTypeOf(client.listMeasures({}, { ifNoneMatch: '"x"' })).resolves.toEqualTypeOf<ApiResult<MeasureList> | NotModified>()
    const maybe: ConditionalOptions = {}
    expectTypeOf(client.listMeasures({}, { ifNoneMatch: undefined })).resolves.toEqualTypeOf<ApiResult<MeasureList>>()
    expectTypeOf(client.listMeasures({}, maybe)).resolves.toEqualTypeOf<Conditional<MeasureList, ConditionalOptions>>()
    expectTypeOf<Conditional<MeasureList, ConditionalOptions>>().toEqualTypeOf<ApiResult<MeasureList> | NotModified>()
    expectTypeOf<Language>().toEqualTypeOf<'zh-Hans' | 'zh-Hant' | 'zh-Hant-TW' | 'zh-Hant-HK' | 'en'>()
  })
})
