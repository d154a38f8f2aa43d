/**
 * npm run fuzz — thousands of generated, mutated and hostile requests against the running worker
 * (started here with rate limits off, or API_URL=…). Prints counts by status and problem type.
 * Fails when any response is a 5xx, or a 4xx that is not a well-formed problem+json.
 * FUZZ_RUNS (default 3000) bounds the generated cases; FUZZ_SEED makes a run repeatable.
 */
import fc from 'fast-check'
import { z } from 'zod'
import { EligibilityRequestSchema } from '../worker/schemas.ts'
import { startWorker } from './lib/server.ts'

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000)
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)

type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  enum?: unknown[]
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  minimum?: number
  maximum?: number
}

const nastyValues = [
  null, true, false, 0, -0, -1, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 99, 100, 101, 1000, 1000.5, 1.49, 1.5, 1.51, 30_000_000, 100_000_000,
  '', 'NaN', 'Infinity', '-1', '1e400', '0x10', ' 60 ', '６０', '💥', '\u202e', '\ud800', 'a'.repeat(5000), [], {}, [[[[]]]], { __proto__: null },
]

/** A fast-check arbitrary that mostly follows the JSON Schema, and sometimes breaks it on purpose. */
function fromSchema(schema: JsonSchema, depth = 0, strict = false): fc.Arbitrary<unknown> {
  const valid = validFromSchema(schema, depth, strict)
  if (strict) return valid
  return fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...nastyValues) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) })
}

function validFromSchema(schema: JsonSchema, depth: number, strict: boolean): fc.Arbitrary<unknown> {
  const options = schema.anyOf ?? schema.oneOf
  if (options) return fc.oneof(...options.map((s) => validFromSchema(s, depth, strict)))
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'object': {
      const props = Object.entries(schema.properties ?? {})
      const known = fc.record(Object.fromEntries(props.map(([k, s]) => [k, fromSchema(s, depth + 1, strict)])), { requiredKeys: strict && depth === 0 ? ['profile'] : [] })
      if (strict) return known
      // Sometimes an unknown or prototype-polluting key rides along.
      const extra = fc.option(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'unknownField', 'employees ', 'Employees'), { nil: undefined })
      return fc.tuple(known, extra, fc.jsonValue({ maxDepth: 1 })).map(([obj, key, value]) => {
        if (key === undefined) return obj
        const copy = JSON.parse(JSON.stringify(obj)) as Record<string, unknown>
        Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true })
        return copy
      })
    }
    case 'boolean':
      return fc.boolean()
    case 'integer':
      return strict
        ? fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 1e6, 1e7) })
        : fc.integer({ min: -10, max: 20_000_000 })
    case 'number':
      return strict
        ? fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum ?? 0, max: schema.maximum ?? 1e6 }), fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 1e6, 1e9) }))
        : fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: (schema.maximum ?? 1e6) * 1.1 }), fc.integer({ min: 0, max: 1_000_000 }))
    case 'string':
      return fc.string({ maxLength: 40 })
    case 'null':
      return fc.constant(null)
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

interface Case {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string | Uint8Array
  /** The status this case must get, where it is known. */
  expect?: number
}

const jsonSchema = z.toJSONSchema(EligibilityRequestSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
// Half follow the schema and must all be answered 200; half are mutated and may be anything but a 5xx.
const toCase = (value: unknown, expect?: number): Case => ({
  method: 'POST', path: '/v1/eligibility?lang=en', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) ?? 'undefined', expect,
})
const generated = [
  ...fc.sample(fromSchema(jsonSchema, 0, true), { numRuns: Math.ceil(RUNS / 2), seed: SEED }).map((v) => toCase(v, 200)),
  ...fc.sample(fromSchema(jsonSchema), { numRuns: Math.floor(RUNS / 2), seed: SEED + 1 }).map((v) => toCase(v)),
]

const big = JSON.stringify({ profile: {}, pad: 'x'.repeat(70 * 1024) })
const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`
const valid = JSON.stringify({ profile: { certifiedTechSme: true, employees: 60, rent: { areaSqm: 800, yuanPerSqmPerDay: 1.8 } } })
const post = (body: string | Uint8Array, type = 'application/json', path = '/v1/eligibility'): Case => ({ method: 'POST', path, headers: { 'content-type': type }, body })

const handWritten: Case[] = [
  post(deep(10)), post(deep(1000)), post(deep(20000)), post(`${'['.repeat(30000)}${']'.repeat(30000)}`),
  post('{"profile":{"employees":1e400}}'), post('{"profile":{"employees":-1e400}}'), post('{"profile":{"employees":NaN}}'),
  post('{"profile":{"employees":"NaN"}}'), post('{"profile":{"rent":{"areaSqm":1e308,"yuanPerSqmPerDay":1e308}}}'),
  post('{"profile":{"__proto__":{"isAdmin":true}}}'), post('{"__proto__":{"profile":{}}}'), post('{"profile":{"constructor":{"prototype":{"x":1}}}}'),
  post('{"profile":{"certifiedTechSme":true,"certifiedTechSme":false}}'), post('{"profile":{"\\u0000":1}}'), post('{"profile":{"rent":"\\ud800"}}'),
  post('{"profile":{"futureIndustryProject":{"field":"量子通信"}}}'), post('{"profile":{"majorProject":{"level":"NATIONAL"}}}'),
  post(valid.slice(0, 20)), post(valid.slice(0, -1)), post(''), post(' '), post('null'), post('[]'), post('"x"'), post('1'),
  post(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d])), post(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])), post(big),
  post(valid, 'text/plain'), post(valid, 'application/x-www-form-urlencoded'), post(valid, 'multipart/form-data; boundary=x'), post(valid, ''),
  post(valid, 'application/json; charset=latin1'), post(valid, 'application/merge-patch+json'), post(valid, 'APPLICATION/JSON'),
  post(valid, 'application/json', '/v1/eligibility?lang=xx'), post(valid, 'application/json', '/v1/eligibility?lang=%00'),
  post(valid, 'application/json', `/v1/eligibility?lang=${'z'.repeat(5000)}`), post(valid, 'application/json', '/v1/eligibility?lang=en&lang=zh-TW'),
  { method: 'GET', path: '/v1/eligibility' }, { method: 'PUT', path: '/v1/eligibility', body: valid }, { method: 'DELETE', path: '/v1/measures' },
  { method: 'GET', path: '/v1/measures?kind=%00' }, { method: 'GET', path: '/v1/measures?group=../../etc/passwd' }, { method: 'GET', path: '/v1/measures?kind[]=action' },
  { method: 'GET', path: '/v1/measures/%E0%A4%A' }, { method: 'GET', path: `/v1/measures/${'a'.repeat(8000)}` }, { method: 'GET', path: '/v1/measures/..%2F..%2Fopenapi.json' },
  { method: 'GET', path: '/v1/measures/__proto__' }, { method: 'GET', path: '/v1/measures/constructor' }, { method: 'GET', path: '/v1/measures/spring-shoots%00' },
  { method: 'GET', path: '/v1/measures', headers: { 'accept-language': 'q=;;;,,,*;q=abc,zh;q=-1' } }, { method: 'GET', path: '/v1/measures', headers: { 'accept-language': 'x'.repeat(6000) } },
  { method: 'GET', path: '/v1/measures', headers: { 'if-none-match': '"'.repeat(500) } }, { method: 'GET', path: '/v1/policy', headers: { 'x-request-id': '<script>alert(1)</script>' } },
]

const worker = await startWorker()
const counts = new Map<string, number>()
const failures: string[] = []
const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)

async function send(c: Case) {
  let res: Response
  try {
    res = await fetch(`${worker.url}${c.path}`, { method: c.method, headers: c.headers, body: c.body })
  } catch (error) {
    failures.push(`${c.method} ${c.path}: request failed: ${String(error)}`)
    return
  }
  const text = await res.text()
  bump(String(res.status))
  if (c.expect !== undefined && res.status !== c.expect) failures.push(`${c.method} ${c.path} → ${res.status}, expected ${c.expect}: ${text.slice(0, 200)} (body ${String(c.body).slice(0, 200)})`)
  if (res.status >= 500) failures.push(`${c.method} ${c.path} → ${res.status}: ${text.slice(0, 200)} (body ${String(c.body).slice(0, 120)})`)
  else if (res.status >= 400) {
    const type = res.headers.get('content-type') ?? ''
    let problem: { type?: string; title?: string; status?: number } = {}
    try {
      problem = JSON.parse(text)
    } catch {}
    if (!type.startsWith('application/problem+json') || !problem.type || !problem.title || problem.status !== res.status) {
      failures.push(`${c.method} ${c.path} → ${res.status} is not a problem document: ${type} ${text.slice(0, 120)}`)
    } else bump(`  ${res.status} ${problem.type}`)
  }
}

const cases = [...handWritten, ...generated]
const started = Date.now()
try {
  const queue = [...cases]
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (let c = queue.shift(); c; c = queue.shift()) await send(c)
  }))
} finally {
  worker.stop()
}
console.log(`fuzz: ${cases.length} requests (${handWritten.length} hand-written, ${generated.length} generated, seed ${SEED}) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
for (const [key, n] of [...counts.entries()].sort()) console.log(`${key.padEnd(46)} ${n}`)
if (failures.length) {
  console.log(`\n${failures.length} failures:`)
  for (const f of failures.slice(0, 30)) console.log(`- ${f}`)
  process.exit(1)
}
console.log('no 5xx, every 4xx a problem+json document')
