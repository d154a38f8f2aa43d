import { describe, expect, it, vi } from 'vitest'
import Taro from './shims/taro.ts'
import { api, createApiClient, type Requester } from '../../miniapp/src/services/http.ts'

const ok = (data: unknown, header: Record<string, string> = { 'content-language': 'en' }) => ({ statusCode: 200, data, header })

function fake(response: Awaited<ReturnType<Requester>> | (() => never)) {
  const request = vi.fn<Requester>(async () => (typeof response === 'function' ? response() : response))
  return { request, client: createApiClient({ baseUrl: 'http://api.test/', request, timeoutMs: 5000 }) }
}

describe('requests', () => {
  it('asks for the policy in the chosen language', async () => {
    const { request, client } = fake(ok({ id: 'kechuang-20-v2' }))
    await client.policy('zh-Hant-TW')
    expect(request).toHaveBeenCalledWith({
      url: 'http://api.test/v1/policy?lang=zh-Hant-TW',
      method: 'GET',
      data: undefined,
      header: { Accept: 'application/json' },
      timeout: 5000,
      dataType: 'json',
    })
  })

  it('passes the filters of the measures list, and leaves out the ones not set', async () => {
    const { request, client } = fake(ok({ measures: [] }))
    await client.measures('en', { kind: 'action', group: 'innovation-factors' })
    await client.measures('en')
    expect(request.mock.calls[0][0].url).toBe('http://api.test/v1/measures?lang=en&kind=action&group=innovation-factors')
    expect(request.mock.calls[1][0].url).toBe('http://api.test/v1/measures?lang=en')
  })

  it('calls the page\'s own origin when the base is empty (the /app/ build the worker serves)', async () => {
    const request = vi.fn<Requester>(async () => ok({}))
    await createApiClient({ baseUrl: '', request }).measures('en')
    expect(request.mock.calls[0][0].url).toBe('/v1/measures?lang=en')
  })

  it('escapes a measure id', async () => {
    const { request, client } = fake(ok({}))
    await client.measure('en', 'a/b?c')
    expect(request.mock.calls[0][0].url).toBe('http://api.test/v1/measures/a%2Fb%3Fc?lang=en')
  })

  it('asks for the labels of the choices in the chosen language', async () => {
    const { request, client } = fake(ok({ options: {} }))
    await client.eligibilityOptions('zh-Hant-HK')
    expect(request.mock.calls[0][0]).toMatchObject({ url: 'http://api.test/v1/eligibility/options?lang=zh-Hant-HK', method: 'GET' })
  })

  it('posts the profile as JSON under "profile"', async () => {
    const { request, client } = fake(ok({ results: [], notEvaluated: [] }))
    await client.eligibility('zh-Hans', { certifiedTechSme: true, rent: null })
    expect(request.mock.calls[0][0]).toMatchObject({
      url: 'http://api.test/v1/eligibility?lang=zh-Hans',
      method: 'POST',
      data: { profile: { certifiedTechSme: true, rent: null } },
      header: { 'Content-Type': 'application/json' },
    })
  })
})

describe('results', () => {
  it('returns the data with the language the API answered in', async () => {
    const { client } = fake(ok({ id: 'spring-shoots' }, { 'Content-Language': 'zh-Hant-HK' }))
    expect(await client.measure('zh-Hant-HK', 'spring-shoots')).toEqual({ ok: true, status: 200, data: { id: 'spring-shoots' }, language: 'zh-Hant-HK' })
  })

  it('returns an RFC 9457 problem as a typed error', async () => {
    const problem = { type: '/problems/measure-not-found', title: 'Measure not found', status: 404, detail: 'No measure has the id "x".' }
    const { client } = fake({ statusCode: 404, data: problem, header: {} })
    expect(await client.measure('en', 'x')).toEqual({ ok: false, error: { kind: 'problem', status: 404, problem } })
  })

  it('keeps the validation errors of a 400', async () => {
    const problem = {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: '1 error',
      errors: [{ pointer: '/profile/employees', code: 'too-small', detail: 'must be at least 0' }],
    }
    const { client } = fake({ statusCode: 400, data: problem })
    const result = await client.eligibility('en', { employees: -1 })
    expect(result.ok).toBe(false)
    if (!result.ok && result.error.kind === 'problem') expect(result.error.problem.errors?.[0].pointer).toBe('/profile/employees')
  })

  it('an error page that is not a problem is an http error', async () => {
    const { client } = fake({ statusCode: 502, data: '<html>Bad gateway</html>' })
    expect(await client.policy('en')).toEqual({ ok: false, error: { kind: 'http', status: 502 } })
  })

  it('a success whose body is not a JSON object is an invalid response', async () => {
    const { client } = fake({ statusCode: 200, data: 'not json' })
    expect(await client.policy('en')).toEqual({ ok: false, error: { kind: 'invalid-response', status: 200 } })
  })

  it('no answer at all is a network error (WeChat rejects with errMsg)', async () => {
    const { client } = fake(() => {
      throw { errMsg: 'request:fail net::ERR_CONNECTION_REFUSED' }
    })
    expect(await client.policy('en')).toEqual({ ok: false, error: { kind: 'network', timedOut: false, message: 'request:fail net::ERR_CONNECTION_REFUSED' } })
  })

  it('a timeout says so (WeChat: "request:fail timeout"; H5: AbortError)', async () => {
    const wx = fake(() => {
      throw { errMsg: 'request:fail timeout' }
    })
    const h5 = fake(() => {
      throw Object.assign(new Error('signal is aborted without reason'), { name: 'AbortError' })
    })
    expect(await wx.client.policy('en')).toMatchObject({ ok: false, error: { kind: 'network', timedOut: true } })
    expect(await h5.client.policy('en')).toMatchObject({ ok: false, error: { kind: 'network', timedOut: true } })
  })

  it('never throws, shows no toast and does not navigate', async () => {
    const { client } = fake(() => {
      throw new TypeError('Failed to fetch')
    })
    await expect(client.eligibility('en', {})).resolves.toMatchObject({ ok: false })
    expect(Taro.showToast).not.toHaveBeenCalled()
    expect(Taro.navigateTo).not.toHaveBeenCalled()
  })
})

describe('the app-wide client', () => {
  it('goes through Taro.request to the build-time API base', async () => {
    Taro.request.mockResolvedValueOnce({ statusCode: 200, data: { measures: [] }, header: {} })
    const result = await api.measures('en')
    expect(result.ok).toBe(true)
    expect(Taro.request).toHaveBeenCalledWith(expect.objectContaining({ url: 'http://api.test/v1/measures?lang=en', method: 'GET' }))
  })
})
