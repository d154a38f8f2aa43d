import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { call, languages, post } from './helpers.ts'
import { EligibilityResponseSchema } from '../../worker/schemas.ts'
import { evaluate } from '../../rules/eligibility.ts'
import { fenToYuan } from '../../rules/money.ts'
import type { Profile } from '../../rules/profile.ts'
import { profileArbitrary } from '../rules/arbitraries.ts'
import worker from '../../worker/index.ts'

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext

const contractExample = {
  profile: {
    operatesInYizhuangNewTown: true,
    certifiedTechSme: true,
    employees: 60,
    rent: { areaSqm: 800, yuanPerSqmPerDay: 1.8 },
    cabbageHeartProject: { rdInvestmentYuan: 40000000, outstandingImpact: false },
    majorProject: { level: 'national', fundingYuan: 12000000, alignedWithEtown: true },
    certifiedIncubator: false,
    openCompetitionProject: { industry: 'robotics-intelligent-manufacturing', listQuotaYuan: 6000000 },
    futureIndustryProject: { field: 'quantum-communication', shortlisted: true },
  },
}

type Result = { measureId: string; status: string; amount: { maxYuan: number; perYearYuan?: number; text: string } | null; reasons: { code: string; outcome: string; passed: boolean; text: string }[]; missing: string[]; explanation: string | null }

async function results(body: unknown, lang = 'en'): Promise<Record<string, Result>> {
  const res = await post(body, lang)
  expect(res.status).toBe(200)
  const json = (await res.json()) as { results: Result[] }
  return Object.fromEntries(json.results.map((r) => [r.measureId, r]))
}

describe('POST /v1/eligibility', () => {
  it('evaluates the contract example: statuses and amounts to the fen', async () => {
    const r = await results(contractExample)
    expect(Object.fromEntries(Object.entries(r).map(([id, x]) => [id, [x.status, x.amount?.maxYuan ?? null, x.amount?.perYearYuan ?? null]]))).toEqual({
      'industrial-foundation': ['eligible', 20_000_000, null],
      'innovation-relay': ['eligible', 12_000_000, null],
      'spring-shoots': ['eligible', 1_314_000, 438_000],
      'incubator-building': ['ineligible', null, null],
      'leading-industry-chains': ['eligible', 6_000_000, null],
      'future-industries-outlook': ['eligible', 2_000_000, null],
    })
    expect(r['spring-shoots']!.explanation).toBe(
      'The actual rent of CNY 1.8 per m² per day is above the standard, so CNY 1.5 is used. CNY 1.5 per m² per day × 800 m² × 365 days = CNY 438,000 a year; over 3 consecutive years, at most CNY 1,314,000.',
    )
  })

  it('puts failed conditions first for an ineligible result, and says the 1亿 cap is for outstanding projects only', async () => {
    const r = await results({ profile: { certifiedTechSme: false, rent: { areaSqm: 10, yuanPerSqmPerDay: 1 }, operatesInYizhuangNewTown: true, cabbageHeartProject: { rdInvestmentYuan: 1000, outstandingImpact: false } } })
    expect(r['spring-shoots']!.status).toBe('ineligible')
    expect(r['spring-shoots']!.reasons[0]).toMatchObject({ code: 'spring-shoots.certified-tech-sme', outcome: 'failed', passed: false })
    expect(r['spring-shoots']!.missing).toEqual([])
    const cap = r['industrial-foundation']!.reasons.find((x) => x.code === 'industrial-foundation.cap-scope')
    expect(cap?.text).toContain('CNY 100 million')
  })

  it.each([
    ['the contract example', contractExample],
    ['an empty profile', { profile: {} }],
    ['a profile with nulls', { profile: { rent: null, cabbageHeartProject: null, majorProject: null, openCompetitionProject: null, futureIndustryProject: null } }],
  ])('answers %s with a body that matches the published schema', async (_, body) => {
    for (const lang of languages) {
      const res = await post(body, lang)
      const parsed = EligibilityResponseSchema.safeParse(await res.json())
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    }
  })

  it('says which input an amount still needs, and why', async () => {
    const r = await results({ profile: { certifiedTechSme: true, rent: { areaSqm: 1500, yuanPerSqmPerDay: 1.5 } } })
    expect(r['spring-shoots']).toMatchObject({ status: 'needs-info', missing: ['/profile/employees'] })
    expect(r['spring-shoots']!.reasons[0]).toMatchObject({ code: 'spring-shoots.needs.employees', outcome: 'missing', passed: false })
    expect(r['spring-shoots']!.reasons[0]!.text).toContain('1,000 m²')
  })

  it('names the caps that bound the rent subsidy', async () => {
    const r = await results({ profile: { certifiedTechSme: true, employees: 99, rent: { areaSqm: 1200, yuanPerSqmPerDay: 1.2 } } }, 'zh-Hans')
    expect(r['spring-shoots']!.explanation).toBe('实际承租1200平方米，超过面积上限（员工少于100人的企业为1000平方米），按1000平方米计算。1.2元/平方米/天 × 1000平方米 × 365天 = 每年43.8万元；连续3年最多131.4万元。')
  })

  it('shows an input as given, never rounded, with every amount of the answer written the same way', async () => {
    const r = await results({ profile: { operatesInYizhuangNewTown: true, cabbageHeartProject: { rdInvestmentYuan: 3263100.5678, outstandingImpact: true } } }, 'zh-Hans')
    expect(r['industrial-foundation']!.explanation).toBe(
      '研发投入3,263,100.5678元 × 50% = 1,631,550.28元；原文标题写明单个项目最高100,000,000元，因此最多1,631,550.28元。原文写明资金“按评审兑现”：以上是经评审可得的最高额，并非自动发放。',
    )
    expect(r['industrial-foundation']!.amount!.maxYuan).toBe(1631550.28)
  })

  it('writes 万 and 亿 when every amount of the answer reads cleanly in them, and plain yuan for all when one does not', async () => {
    const profile = {
      certifiedTechSme: true, employees: 99, rent: { areaSqm: 1200, yuanPerSqmPerDay: 1.2 },
      operatesInYizhuangNewTown: true, cabbageHeartProject: { rdInvestmentYuan: 4_927_500, outstandingImpact: true },
      majorProject: { level: 'national', fundingYuan: 12_345_678.91, alignedWithEtown: true },
    }
    const plain = await results({ profile }, 'zh-Hans')
    expect(plain['spring-shoots']!.amount!.text).toBe('1,314,000元')
    expect(plain['industrial-foundation']!.amount!.text).toBe('2,463,750元')
    expect(plain['innovation-relay']!.amount!.text).toBe('12,345,678.91元')
    const scaled = await results({ profile: { ...profile, cabbageHeartProject: { rdInvestmentYuan: 4_000_000 }, majorProject: { ...profile.majorProject, fundingYuan: 12_000_000 } } }, 'zh-Hans')
    expect(scaled['spring-shoots']!.amount!.text).toBe('131.4万元')
    expect(scaled['industrial-foundation']!.amount!.text).toBe('200万元')
    expect(scaled['industrial-foundation']!.explanation).toContain('原文标题写明单个项目最高1亿元')
    const english = await results({ profile }, 'en')
    expect(english['innovation-relay']!.explanation).toContain('CNY 30,000,000')
  })

  it('any profile in any language: the amounts of one answer are written in one style', async () => {
    /** Which ways of writing money a text uses: a unit (万, 亿, million), digits grouped in thousands, five or more digits ungrouped. */
    const styles = (text: string, lang: string) => {
      const found = new Set<string>()
      if (lang === 'en') {
        if (/CNY [\d,.]+ million/.test(text)) found.add('unit')
        if (/CNY \d{1,3}(?:,\d{3}){2,}(?![\d,])/.test(text)) found.add('grouped')
      } else {
        if (/\d(?:万|亿|萬|億)/.test(text)) found.add('unit')
        if (/\d{1,3}(?:,\d{3})+(?:\.\d+)?元/.test(text)) found.add('grouped')
        if (/(?<![\d,.])\d{5,}(?:\.\d+)?元(?!\/)/.test(text)) found.add('ungrouped')
      }
      return found
    }
    await fc.assert(
      fc.asyncProperty(profileArbitrary, fc.constantFrom(...languages), async (profile, lang) => {
        const body = (await (await post({ profile }, lang)).json()) as { results: Result[] }
        const text = body.results.flatMap((r) => [r.amount?.text ?? '', r.explanation ?? '']).join('\n')
        expect(styles(text, lang).size, text).toBeLessThanOrEqual(1)
      }),
      { numRuns: 300 },
    )
  })

  it('writes a quota that rounds to CNY 1 trillion in one style (a counterexample the property found)', async () => {
    const profile = { openCompetitionProject: { industry: 'next-generation-it', listQuotaYuan: 999_999_999_999.995 } }
    const text = (await results({ profile }, 'en'))['leading-industry-chains']!.explanation!
    expect(text).toContain('CNY 1 trillion')
    expect(text).not.toContain('1,000,000 million')
  })

  it('explains that 白菜心 funding is paid on review, and whose cap the 1亿 is', async () => {
    const project = (outstandingImpact?: boolean) => ({ profile: { operatesInYizhuangNewTown: true, cabbageHeartProject: { rdInvestmentYuan: 300_000_000, outstandingImpact } } })
    const plain = (await results(project(false), 'zh-Hans'))['industrial-foundation']!.explanation!
    expect(plain).toContain('按评审兑现')
    expect(plain).toContain('1亿元是原文标题写明的单个项目上限；正文把这一金额与产业发展带动效应特别突出的“白菜心”项目相连')
    const english = (await results(project(undefined), 'en'))['industrial-foundation']!.explanation!
    expect(english).toContain('paid on review')
    expect(english).toContain('CNY 100 million is the cap the source\'s heading states for a single project')
    const outstanding = (await results(project(true), 'zh-Hans'))['industrial-foundation']!.explanation!
    expect(outstanding).toContain('按评审兑现')
    expect(outstanding).not.toContain('正文把这一金额')
  })

  it('discloses the 365-day year as this service’s convention', async () => {
    const r = await results(contractExample)
    const note = r['spring-shoots']!.reasons.find((x) => x.code === 'spring-shoots.year-days')
    expect(note?.text).toContain('365')
    expect((note as unknown as { citation: { source: string } }).citation.source).toBe('convention')
  })

  it('caps every 白菜心 project at the heading’s 1亿元, and says how the source ties it to outstanding projects', async () => {
    const r = await results({ profile: { operatesInYizhuangNewTown: true, cabbageHeartProject: { rdInvestmentYuan: 250_000_000, outstandingImpact: false } } })
    expect(r['industrial-foundation']).toMatchObject({ status: 'eligible', amount: { maxYuan: 100_000_000 } })
    expect(r['industrial-foundation']!.reasons.find((x) => x.code === 'industrial-foundation.cap-scope')?.text).toContain('particularly strong pull')
  })

  it('says the source is silent on fields outside its list, instead of guessing', async () => {
    const r = await results({ profile: { futureIndustryProject: { field: 'other', shortlisted: true }, openCompetitionProject: null } })
    expect(r['future-industries-outlook']).toMatchObject({ status: 'needs-info', missing: [], amount: null })
    expect(r['future-industries-outlook']!.reasons[0]).toMatchObject({ outcome: 'unstated', passed: false })
    expect(r['future-industries-outlook']!.reasons[0]!.text).toContain('another field')
    // null means "no such project", and the reason says exactly that.
    expect(r['leading-industry-chains']!.status).toBe('ineligible')
    expect(r['leading-industry-chains']!.reasons[0]!.text).toBe('This funding is for successful open-bidding projects, and you said the company has none.')
  })

  it('answers needs-info with JSON pointers for an empty profile', async () => {
    const r = await results({ profile: {} })
    for (const result of Object.values(r)) {
      expect(result.status).toBe('needs-info')
      expect(result.amount).toBeNull()
      expect(result.missing.length).toBeGreaterThan(0)
      for (const p of result.missing) expect(p).toMatch(/^\/profile\//)
    }
  })

  it.each(languages)('renders reasons and amounts in %s', async (lang) => {
    const res = await post(contractExample, lang)
    expect(res.headers.get('content-language')).toBe(lang)
    const body = (await res.json()) as { results: Result[] }
    const spring = body.results.find((x) => x.measureId === 'spring-shoots')!
    const expected = { 'zh-Hans': '131.4万元', 'zh-Hant': '131.4萬元', 'zh-Hant-TW': '131.4萬元', 'zh-Hant-HK': '131.4萬元', en: 'CNY 1,314,000' }[lang]
    expect(spring.amount!.text).toBe(expected)
    for (const reason of spring.reasons) expect(reason.text).not.toMatch(/\{\w+\}/)
  })

  it('reads the language from Accept-Language too', async () => {
    const res = await post(contractExample, undefined, { 'accept-language': 'zh-HK' })
    expect(res.headers.get('content-language')).toBe('zh-Hant-HK')
    expect(res.headers.get('vary')).toContain('Accept-Language')
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('lists the measures whose conditions the source does not state', async () => {
    const res = await post({ profile: {} }, 'en')
    const body = (await res.json()) as { notEvaluated: { measureId: string }[] }
    expect(body.notEvaluated.map((m) => m.measureId)).toContain('high-end-industry-layout')
    expect(body.notEvaluated).toHaveLength(9)
  })
})

describe('POST /v1/eligibility: bad input is a 4xx problem, never a 5xx', () => {
  const cases: [string, string | unknown, string[] | string][] = [
    ['an unknown key', { profile: { foo: 1 } }, ['/profile/foo']],
    ['an unknown top-level key', { profile: {}, extra: true }, ['/extra']],
    ['a missing profile', {}, ['/profile']],
    ['a wrong type', { profile: { employees: '60' } }, ['/profile/employees']],
    ['a negative number', { profile: { rent: { areaSqm: -1 } } }, ['/profile/rent/areaSqm']],
    ['a fractional headcount', { profile: { employees: 60.5 } }, ['/profile/employees']],
    ['an absurd headcount', { profile: { employees: 10_000_001 } }, ['/profile/employees']],
    ['a headcount beyond safe integers, reported once', { profile: { employees: 1e308 } }, ['/profile/employees']],
    ['an overflowing number (1e400)', '{"profile":{"employees":1e400}}', ['/profile/employees']],
    ['an unknown enum value', { profile: { majorProject: { level: 'provincial' } } }, ['/profile/majorProject/level']],
    ['a prototype-pollution key', '{"profile":{"__proto__":{"polluted":true}}}', ['/profile/__proto__']],
    ['a constructor key', { profile: { constructor: { prototype: {} } } }, ['/profile/constructor']],
    ['null for a boolean', { profile: { certifiedTechSme: null } }, ['/profile/certifiedTechSme']],
    ['an array body', [], ['']],
    ['a JSON string body', '"hello"', ['']],
    ['truncated JSON', '{"profile":{"employees":', 'invalid-json'],
    ['an empty body', '', 'invalid-json'],
    ['deep nesting', `${'['.repeat(20000)}${']'.repeat(20000)}`, ['']],
  ]
  it.each(cases)('%s', async (_, body, expected) => {
    const res = await post(body, 'en')
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    const problem = (await res.json()) as { type: string; title: string; errors?: { pointer: string }[] }
    if (typeof expected === 'string') expect(problem.type).toBe(`/problems/${expected}`)
    else {
      expect(problem.type).toBe('/problems/validation')
      expect(problem.errors!.map((e) => e.pointer)).toEqual(expected)
    }
  })

  it.each(['1e400', '-1e400'])('reads %s (which JSON.parse makes ±Infinity) as not finite', async (number) => {
    const res = await post(`{"profile":{"employees":${number},"rent":{"areaSqm":${number}}}}`, 'en')
    const problem = (await res.json()) as { errors: { pointer: string; code: string }[] }
    expect(problem.errors).toEqual([
      { pointer: '/profile/employees', code: 'not-finite', detail: 'Must be a finite number' },
      { pointer: '/profile/rent/areaSqm', code: 'not-finite', detail: 'Must be a finite number' },
    ])
  })

  it('reports a headcount below the safe integers once, as below 0', async () => {
    const problem = (await (await post({ profile: { employees: -1e16 } }, 'en')).json()) as { errors: unknown[] }
    expect(problem.errors).toEqual([{ pointer: '/profile/employees', code: 'too-small', detail: 'Must be at least 0' }])
  })

  it('localizes field errors', async () => {
    const res = await post({ profile: { employees: -1 } }, 'zh-Hant-TW')
    const problem = (await res.json()) as { title: string; errors: { detail: string }[] }
    expect(problem.title).toBe('請求內容有誤')
    expect(problem.errors[0]!.detail).toBe('不能小於0')
  })

  it.each(['text/plain', 'application/x-www-form-urlencoded', '', 'application/vnd.example.v2+json', 'application/vnd.example.v2+json; charset=utf-8', 'application/json; charset=latin1'])(
    'rejects Content-Type %j with a 415 problem, even for a body it answered before',
    async (type) => {
      expect((await post(contractExample)).status).toBe(200)
      const res = await call('/v1/eligibility?lang=en', { method: 'POST', headers: type ? { 'content-type': type } : {}, body: JSON.stringify(contractExample) })
      expect(res.status).toBe(415)
      expect(((await res.json()) as { type: string }).type).toBe('/problems/unsupported-media-type')
    },
  )

  it.each(['gzip', 'br', 'x-unknown'])('rejects Content-Encoding %s with a 415 problem, whatever the body', async (encoding) => {
    const headers = { 'content-type': 'application/json', 'content-encoding': encoding }
    const res = await call('/v1/eligibility?lang=en', { method: 'POST', headers, body: JSON.stringify(contractExample) })
    expect(res.status).toBe(415)
    expect(((await res.json()) as { detail: string }).detail).toMatch(/Content-Encoding/)
  })

  it('accepts Content-Encoding: identity', async () => {
    const headers = { 'content-type': 'application/json', 'content-encoding': 'identity' }
    expect((await call('/v1/eligibility', { method: 'POST', headers, body: JSON.stringify(contractExample) })).status).toBe(200)
  })

  it('accepts application/json with a charset', async () => {
    const res = await call('/v1/eligibility', { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(contractExample) })
    expect(res.status).toBe(200)
  })

  it('rejects bodies over 64 KiB with 413', async () => {
    const body = JSON.stringify({ profile: {}, pad: 'x'.repeat(70 * 1024) })
    const res = await post(body, 'en')
    expect(res.status).toBe(413)
    expect(((await res.json()) as { type: string }).type).toBe('/problems/payload-too-large')
  })

  it('rejects a streamed body without Content-Length once it passes 64 KiB', async () => {
    const chunk = new TextEncoder().encode(`{"profile":{},"pad":"${'x'.repeat(16 * 1024)}`)
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++
        controller.enqueue(sent === 1 ? chunk : new TextEncoder().encode('x'.repeat(16 * 1024)))
        if (sent === 10) controller.close()
      },
    })
    const res = await call('/v1/eligibility?lang=en', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit)
    expect(res.status).toBe(413)
    expect(sent).toBeLessThan(10)
  })

  describe('an upload that breaks off mid-body is a 400 problem, not a 500, and logs no error', () => {
    afterEach(() => vi.restoreAllMocks())
    const breaking = () => {
      let sent = 0
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ === 0) controller.enqueue(new TextEncoder().encode('{"profile":{"employees":'))
          else controller.error(new Error('connection reset'))
        },
      })
    }
    it.each([
      ['streamed (no Content-Length)', {}],
      ['with a Content-Length', { 'content-length': '100' }],
    ])('%s', async (_, headers) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {})
      // Straight to the worker's fetch handler: the stream is read as the runtime would read a broken upload.
      const request = new Request('http://api.test/v1/eligibility?lang=en', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: breaking(), duplex: 'half' } as RequestInit)
      const res = await worker.fetch(request, env, ctx)
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      expect(((await res.json()) as { type: string }).type).toBe('/problems/invalid-json')
      expect(error).not.toHaveBeenCalled()
    })
  })

  it('serves, for any valid profile in any language, the statuses, amounts and trace the rules compute', async () => {
    await fc.assert(
      fc.asyncProperty(profileArbitrary, fc.constantFrom(...languages), async (profile, lang) => {
        const res = await post({ profile }, lang)
        expect(res.status).toBe(200)
        const parsed = EligibilityResponseSchema.strict().safeParse(await res.json())
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
        // What the client sent, as the worker parsed it (undefined fields are not sent).
        const expected = evaluate(JSON.parse(JSON.stringify(profile)) as Profile)
        const inputs = (given: Readonly<Record<string, unknown>>) => Object.fromEntries(Object.entries(given).map(([k, v]) => [k, v ?? null]))
        expect(parsed.data!.results).toHaveLength(expected.length)
        parsed.data!.results.forEach((served, i) => {
          const rule = expected[i]!
          expect(served.measureId).toBe(rule.measureId)
          expect(served.status).toBe(rule.status)
          expect(served.missing).toEqual(rule.missing)
          expect(served.amount?.maxYuan ?? null).toBe(rule.amount ? fenToYuan(rule.amount.maxFen) : null)
          expect(served.amount?.perYearYuan ?? null).toBe(rule.amount?.perYearFen !== undefined ? fenToYuan(rule.amount.perYearFen) : null)
          expect(served.trace.conditions).toEqual(rule.conditions.map((c) => ({ code: c.code, outcome: c.outcome, inputs: inputs(c.inputs), parameters: c.parameters })))
          expect(served.trace.steps).toEqual(
            rule.steps.map((s) => ({
              code: s.code,
              value: s.unit === 'fen' ? fenToYuan(s.value as bigint) : Number(s.value),
              unit: s.unit === 'fen' ? 'CNY' : s.unit,
              parameters: s.parameters,
              inputs: inputs(s.inputs),
            })),
          )
          const conditionReasons = served.reasons.filter((r) => r.kind === 'condition').map((r) => r.code)
          expect(conditionReasons.sort()).toEqual(rule.conditions.map((c) => c.code).sort())
        })
      }),
      { numRuns: 300 },
    )
  })

  it('answers the same profile with the same bytes whatever its spacing, in the language asked for, never stored by caches', async () => {
    const text = JSON.stringify(contractExample)
    const first = await post(text, 'en')
    const again = await post(text, 'en')
    expect(new Uint8Array(await again.arrayBuffer())).toEqual(new Uint8Array(await first.arrayBuffer()))
    expect(again.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(again.headers.get('cache-control')).toBe('no-store')
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'))
    // The same text in another language is that language's answer.
    const chinese = (await (await post(text, 'zh-Hans')).json()) as { results: Result[] }
    expect(chinese.results.find((r) => r.measureId === 'spring-shoots')!.amount!.text).toBe('131.4万元')
    const viaHeader = await post(text, undefined, { 'accept-language': 'zh-TW' })
    expect(viaHeader.headers.get('content-language')).toBe('zh-Hant-TW')
    expect(((await viaHeader.json()) as { results: { title: string }[] }).results[0]!.title).toMatch(/\p{Script=Han}/u)
    // Other spacing, same profile: the same answer.
    const spaced = await post(JSON.stringify(contractExample, null, 2), 'en')
    expect(await spaced.text()).toBe(await (await post(text, 'en')).text())
  })

  it('random JSON values never cause a 5xx, and every 4xx is problem+json', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ profile: fc.jsonValue() }), fc.record({ profile: fc.dictionary(fc.string(), fc.jsonValue()) })), async (value) => {
        const res = await post(value, 'en')
        expect(res.status).toBeLessThan(500)
        if (res.status >= 400) expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
        await res.arrayBuffer()
      }),
      { numRuns: 300 },
    )
  })

  it('random strings as bodies never cause a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        const res = await post(text, 'en')
        expect(res.status).toBeGreaterThanOrEqual(200)
        expect(res.status).toBeLessThan(500)
        await res.arrayBuffer()
      }),
      { numRuns: 200 },
    )
  })
})

describe('GET /v1/eligibility/options', () => {
  it.each(languages)('labels every enumerated choice in %s', async (lang) => {
    const res = await call(`/v1/eligibility/options?lang=${lang}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBeTruthy()
    const body = (await res.json()) as { options: Record<string, { value: string; label: string }[]> }
    expect(Object.keys(body.options).sort()).toEqual(['/profile/futureIndustryProject/field', '/profile/majorProject/level', '/profile/openCompetitionProject/industry'])
    for (const options of Object.values(body.options)) {
      for (const o of options) {
        expect(o.label.length).toBeGreaterThan(1)
        if (lang !== 'en') expect(o.label).toMatch(/\p{Script=Han}/u)
      }
    }
    const fields = body.options['/profile/futureIndustryProject/field']!.map((o) => o.value)
    expect(fields).toContain('other')
  })

  it('uses each variant’s vocabulary', async () => {
    const label = async (lang: string) =>
      ((await (await call(`/v1/eligibility/options?lang=${lang}`)).json()) as { options: Record<string, { value: string; label: string }[]> }).options[
        '/profile/futureIndustryProject/field'
      ]!.find((o) => o.value === 'commercial-aerospace')!.label
    expect(await label('zh-Hans')).toBe('商业航天')
    expect(await label('zh-Hant-TW')).toBe('商業航太')
    expect(await label('en')).toBe('Commercial aerospace')
  })
})
