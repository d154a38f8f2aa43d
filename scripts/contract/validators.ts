/**
 * Compiles zod request schemas into standalone validators: plain JavaScript with no imports that
 * reports the same issues zod would (code, path, expected, received, minimum, maximum, keys,
 * values), in zod's order, and returns the same parsed value. The worker then validates requests
 * without evaluating zod, and lib/validation.ts words those issues exactly as before.
 *
 * Reads `schema._zod.def`, zod 4's documented surface for tools. Only the kinds and checks the
 * API's requests use are compiled; anything else fails the build, naming where it is, so a new
 * kind of input gets compiled (and its parity tested) before it can ship.
 */
import type { z } from 'zod'

type Schema = z.core.$ZodType
type Def = Record<string, any>

/** Overwrite checks (`.trim()` and the like) whose function source we accept verbatim. */
const PURE_OVERWRITES = new Set(['(input) => input.trim()', '(input) => input.toLowerCase()', '(input) => input.toUpperCase()'])

const lit = (value: unknown) => JSON.stringify(value)

export class ValidatorCompiler {
  private readonly names = new Map<Schema, string>()
  /** Function bodies already emitted: `.openapi()` clones schemas, so equal ones share a function. */
  private readonly bodies = new Map<string, string>()
  private readonly functions: string[] = []

  /**
   * The name of the function that validates `schema`: `(value, parent path, key, issues) => parsed
   * value`; a path is only built for an issue or a nested object, not for every property.
   */
  fn(schema: Schema, where: string): string {
    const known = this.names.get(schema)
    if (known) return known
    // Children first (request schemas are not recursive), then this one, unless an equal one exists.
    const body = this.body(schema._zod.def as Def, schema, where)
    let name = this.bodies.get(body)
    if (!name) {
      name = `v${this.bodies.size}`
      this.bodies.set(body, name)
      this.functions.push(`function ${name}(v, p, k, issues) {\n${body}\n}`)
    }
    this.names.set(schema, name)
    return name
  }

  private body(def: Def, schema: Schema, where: string): string {
    switch (def.type) {
      case 'object':
        return this.object(def, where)
      case 'optional':
        // An absent key never reaches here (the object skips it); a present undefined is valid.
        return `  return v === undefined ? v : ${this.fn(def.innerType, where)}(v, p, k, issues)`
      case 'nullable':
        return `  return v === null ? v : ${this.fn(def.innerType, where)}(v, p, k, issues)`
      case 'boolean':
        return `  if (typeof v !== 'boolean') issues.push({ code: 'invalid_type', expected: 'boolean', path: at(p, k) })\n  return v`
      case 'enum': {
        const values = Object.values(def.entries as Record<string, unknown>)
        if (!values.every((x) => typeof x === 'string')) throw new Error(`${where}: only string enums are compiled`)
        return `  if (!${lit(values)}.includes(v)) issues.push({ code: 'invalid_value', values: ${lit(values)}, path: at(p, k) })\n  return v`
      }
      case 'literal': {
        const values = def.values as unknown[]
        return `  if (!${lit(values)}.includes(v)) issues.push({ code: 'invalid_value', values: ${lit(values)}, path: at(p, k) })\n  return v`
      }
      case 'number':
        if (def.coerce) throw new Error(`${where}: coerced numbers are not compiled`)
        return [
          `  if (typeof v !== 'number' || !Number.isFinite(v)) {`,
          `    issues.push(typeof v === 'number' ? { code: 'invalid_type', expected: 'number', received: String(v), path: at(p, k) } : { code: 'invalid_type', expected: 'number', path: at(p, k) })`,
          `    return v`,
          `  }`,
          this.checks(def, schema, where, 'number'),
          `  return v`,
        ].join('\n')
      case 'string':
        if (def.coerce || def.format) throw new Error(`${where}: string formats and coercion are not compiled`)
        return [
          `  let aborted = false`,
          `  if (typeof v !== 'string') {`,
          `    issues.push({ code: 'invalid_type', expected: 'string', path: at(p, k) })`,
          `    aborted = true`,
          `  }`,
          this.checks(def, schema, where, 'string'),
          `  return v`,
        ].join('\n')
      default:
        throw new Error(`${where}: zod type "${def.type}" is not compiled (add it to scripts/contract/validators.ts with a parity test)`)
    }
  }

  /**
   * zod runs checks in order; an issue without `continue: true` (a type error, a non-integer)
   * skips the checks after it, except length checks, which run on anything with a length.
   */
  private checks(def: Def, _schema: Schema, where: string, origin: 'number' | 'string'): string {
    const lines: string[] = []
    if (origin === 'number') lines.push('  let aborted = false')
    for (const check of (def.checks ?? []) as Schema[]) {
      const c = check._zod.def as Def
      if (c.abort || (c.when && !['min_length', 'max_length'].includes(c.check))) throw new Error(`${where}: check options are not compiled`)
      switch (c.check) {
        case 'greater_than':
          lines.push(`  if (!aborted && !(v ${c.inclusive ? '>=' : '>'} ${lit(c.value)})) issues.push({ code: 'too_small', origin: 'number', minimum: ${lit(c.value)}, inclusive: ${c.inclusive}, path: at(p, k) })`)
          break
        case 'less_than':
          lines.push(`  if (!aborted && !(v ${c.inclusive ? '<=' : '<'} ${lit(c.value)})) issues.push({ code: 'too_big', origin: 'number', maximum: ${lit(c.value)}, inclusive: ${c.inclusive}, path: at(p, k) })`)
          break
        case 'number_format':
          if (c.format !== 'safeint') throw new Error(`${where}: number format ${c.format} is not compiled`)
          lines.push(
            `  if (!aborted && !Number.isInteger(v)) { issues.push({ code: 'invalid_type', expected: 'int', format: 'safeint', path: at(p, k) }); aborted = true }`,
            `  else if (!aborted && !Number.isSafeInteger(v)) issues.push(v > 0 ? { code: 'too_big', origin: 'int', maximum: ${Number.MAX_SAFE_INTEGER}, inclusive: true, path: at(p, k) } : { code: 'too_small', origin: 'int', minimum: ${Number.MIN_SAFE_INTEGER}, inclusive: true, path: at(p, k) })`,
          )
          break
        // Length checks run even after a type error, on anything with a length (zod's `when`);
        // strings are measured in code points, as zod (and JSON Schema) do.
        case 'min_length':
          lines.push(`  if (v != null && v.length !== undefined && !(length(v) >= ${c.minimum})) issues.push({ code: 'too_small', origin: origin(v), minimum: ${c.minimum}, inclusive: true, path: at(p, k) })`)
          break
        case 'max_length':
          lines.push(`  if (v != null && v.length !== undefined && !(length(v) <= ${c.maximum})) issues.push({ code: 'too_big', origin: origin(v), maximum: ${c.maximum}, inclusive: true, path: at(p, k) })`)
          break
        case 'overwrite': {
          const source = String(c.tx)
          if (!PURE_OVERWRITES.has(source)) throw new Error(`${where}: overwrite ${source} is not compiled`)
          lines.push(`  if (!aborted) v = (${source})(v)`)
          break
        }
        default:
          throw new Error(`${where}: check "${c.check}" is not compiled`)
      }
      // Length checks leave `aborted` as it was; the others only run when nothing aborted before.
    }
    return lines.join('\n')
  }

  private object(def: Def, where: string): string {
    const shape = def.shape as Record<string, Schema>
    const catchall = def.catchall as Schema | undefined
    const strict = catchall?._zod.def.type === 'never'
    if (catchall && !strict) throw new Error(`${where}: only strict or stripping objects are compiled`)
    const keys = Object.keys(shape)
    if (keys.includes('__proto__')) throw new Error(`${where}: a __proto__ key is not compiled`)
    const lines = [
      `  if (typeof v !== 'object' || v === null || Array.isArray(v)) {`,
      `    issues.push({ code: 'invalid_type', expected: 'object', path: at(p, k) })`,
      `    return v`,
      `  }`,
      `  const here = at(p, k)`,
      `  const out = {}`,
    ]
    for (const key of keys) {
      const field = shape[key]!
      const optional = field._zod.optin === 'optional' && field._zod.optout === 'optional'
      if (field._zod.optin !== undefined && !optional) throw new Error(`${where}.${key}: defaults are not compiled`)
      const k = lit(key)
      const call = `${this.fn(field, `${where}.${key}`)}(v[${k}], here, ${k}, issues)`
      // zod asks `key in input`: an absent optional key contributes nothing, a present one its value.
      if (optional) lines.push(`  if (${k} in v) { const r = ${call}; out[${k}] = r }`)
      else lines.push(`  { const r = ${call}; if (r !== undefined || ${k} in v) out[${k}] = r }`)
    }
    if (strict) {
      lines.push(
        `  const unknown = []`,
        `  for (const key in v) if (!${lit(keys)}.includes(key)) unknown.push(key)`,
        `  if (unknown.length) issues.push({ code: 'unrecognized_keys', keys: unknown, path: here })`,
      )
    }
    lines.push(`  return out`)
    return lines.join('\n')
  }

  /** The functions and one exported `(value) => { success, data } | { success, issues }` per entry. */
  module(entries: Record<string, Schema>): string {
    const exports = Object.entries(entries).map(([name, schema]) => {
      const fn = this.fn(schema, name)
      return `export function ${name}(value) {\n  const issues = []\n  const data = ${fn}(value, [], undefined, issues)\n  return issues.length ? { success: false, issues } : { success: true, data }\n}`
    })
    const helpers = [
      '// zod measures strings in code points (a surrogate pair once, a lone surrogate as itself), anything else by .length.',
      "const length = (v) => (typeof v === 'string' ? [...v].length : v.length)",
      '// The path of a value: its parent\'s and its key (none at the top).',
      'const at = (p, k) => (k === undefined ? p : [...p, k])',
      "const origin = (v) => (Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown')",
    ].join('\n')
    return [helpers, ...this.functions, ...exports].join('\n\n') + '\n'
  }
}
