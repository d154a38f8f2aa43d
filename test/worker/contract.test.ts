import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { fieldErrors } from '../../worker/lib/validation.ts'
import * as generated from '../../worker/generated/contracts.js'
import contractsSource from '../../worker/generated/contracts.js?raw'
import stored from '../../worker/generated/openapi.json.bin'
import { generateContracts, generateDocument } from '../../scripts/contract/generate.ts'
import { CONTACT_URL } from '../../worker/docs/docs.ts'
import { routeModules } from '../../scripts/contract/routes.ts'
import { json } from './helpers.ts'
import { hostile } from './hostile-bodies.ts'

type Check = (value: unknown) => { success: boolean; data?: unknown; issues?: never[] }
const compiled = generated as unknown as Record<string, Record<string, { validate: Record<string, Check> }>>

// The request parts of every route, with the zod schema each compiled validator comes from.
const parts = Object.entries(routeModules).flatMap(([module, { routes }]) =>
  Object.entries(routes).flatMap(([name, route]) => {
    const request = (route.request ?? {}) as Record<string, unknown> & { body?: { content: Record<string, { schema: unknown }> } }
    const schemas: [string, unknown][] = [['query', request.query], ['param', request.params], ['json', request.body?.content['application/json']?.schema]]
    return schemas.filter(([, schema]) => schema).map(([target, schema]) => ({ label: `${name} ${target}`, schema: schema as z.ZodType, check: compiled[module]![name]!.validate[target]! }))
  }),
)

const document = JSON.parse(new TextDecoder().decode(stored))
const t = Object.assign((key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key), { maybe: () => undefined, language: 'en' }) as never
/** What a client gets from zod and from the compiled validator: field errors (code, pointer, wording) or the parsed value. */
const viaZod = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? { data: result.data } : { errors: fieldErrors(result.error.issues, t) }
}
const viaCompiled = (check: Check, value: unknown) => {
  const result = check(value)
  return result.success ? { data: result.data } : { errors: fieldErrors(result.issues!, t) }
}

describe('route contracts compiled for the worker (npm run contract:build)', () => {
  it('worker/generated/contracts.js is up to date with the contracts', () => {
    expect(contractsSource).toBe(generateContracts().js)
  })

  it('worker/generated/openapi.json.bin is the document @hono/zod-openapi builds from them', () => {
    expect(new TextDecoder().decode(stored)).toBe(JSON.stringify(generateDocument()))
  })

  it('serves that document, its contact link from PUBLIC_BASE_URL', async () => {
    const { res, body } = await json('/openapi.json')
    expect(res.status).toBe(200)
    expect(document.info.contact.url).toBe(CONTACT_URL)
    expect(body).toEqual({ ...document, info: { ...document.info, contact: { ...document.info.contact, url: 'http://127.0.0.1:8787/docs' } } })
  })

  it.each(hostile)('the eligibility body "%s" gets the errors zod gives', (_, text) => {
    const { schema, check } = parts.find((p) => p.label === 'checkEligibility json')!
    const value = JSON.parse(text)
    expect(viaCompiled(check, value)).toEqual(viaZod(schema, value))
  })

  it.each(parts.map((p) => [p.label, p] as const))('%s: random values get what zod gives', (_, { schema, check }) => {
    const leaf = fc.oneof(
      fc.constantFrom(null, true, 0, -0, -1, 1.5, 1e400, -1e400, 9007199254740993, -1e16, 1e13, '', ' ', ' x ', 'action', 'en', 'national', '6g', [], {}, ['a', 'b']),
      fc.double(),
      fc.string({ maxLength: 4 }),
      fc.string({ minLength: 99, maxLength: 102 }),
      fc.string({ unit: 'binary', minLength: 50, maxLength: 51 }),
    )
    const keys = fc.constantFrom('lang', 'kind', 'group', 'q', 'id', 'type', 'profile', 'employees', 'rent', 'areaSqm', 'majorProject', 'level', 'x', '__proto__')
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.dictionary(keys, tie('node'), { maxKeys: 5 }), fc.record({ profile: fc.dictionary(keys, tie('node'), { maxKeys: 5 }) })),
    })).node
    fc.assert(
      fc.property(value, (v) => {
        expect(viaCompiled(check, v)).toEqual(viaZod(schema, v))
      }),
      { numRuns: 2000 },
    )
  })
})
