import type { FieldError } from './problem.ts'
import type { Translator } from './messages.ts'

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
const escape = (segment: PropertyKey) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1')
export const pointer = (path: readonly PropertyKey[]) => path.map((s) => `/${escape(s)}`).join('')

const typeNames = new Set(['object', 'boolean', 'number', 'string'])

/** The zod issues this API words; the validators compiled from the zod schemas report the same (scripts/contract/). */
export type Issue = { path: readonly PropertyKey[] } & (
  | { code: 'unrecognized_keys'; keys: readonly string[] }
  | { code: 'invalid_type'; expected: string; received?: string }
  | { code: 'too_small'; minimum: number | bigint }
  | { code: 'too_big'; maximum: number | bigint }
  | { code: 'invalid_value'; values: readonly unknown[] }
  | { code: 'invalid_format' | 'not_multiple_of' | 'invalid_union' | 'invalid_key' | 'invalid_element' | 'custom' }
)

/** Turns validation issues into localized field errors named by JSON pointer. */
export function fieldErrors(issues: readonly Issue[], t: Translator, prefix: readonly string[] = []): FieldError[] {
  const errors: FieldError[] = []
  const bounds = new Map<string, number>() // the bound each too-small / too-big error names, by code and pointer
  for (const issue of issues) {
    const at = [...prefix, ...issue.path]
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) errors.push({ pointer: pointer([...at, key]), code: 'unknown-key', detail: t('validation.unknown-key', { key }) })
        break
      case 'invalid_type': {
        if (issue.expected === 'int') errors.push({ pointer: pointer(at), code: 'not-integer', detail: t('validation.not-integer') })
        // zod says "-Infinity" for -1e400 (which JSON.parse makes -Infinity), "Infinity" for 1e400.
        else if (issue.expected === 'number' && ['Infinity', '-Infinity', 'NaN'].includes(issue.received ?? ''))
          errors.push({ pointer: pointer(at), code: 'not-finite', detail: t('validation.not-finite') })
        else {
          const expected = typeNames.has(issue.expected) ? t(`type.${issue.expected as 'object'}`) : issue.expected
          errors.push({ pointer: pointer(at), code: 'wrong-type', detail: t('validation.wrong-type', { expected }) })
        }
        break
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small'
        const bound = Number(small ? issue.minimum : issue.maximum)
        const error = small
          ? { pointer: pointer(at), code: 'too-small', detail: t('validation.too-small', { minimum: String(issue.minimum) }) }
          : { pointer: pointer(at), code: 'too-big', detail: t('validation.too-big', { maximum: String(issue.maximum) }) }
        // zod may report both the safe-integer bound and the declared one: keep the tighter, once.
        const key = `${error.code} ${error.pointer}`
        const previous = bounds.get(key)
        if (previous === undefined) errors.push(error)
        else if (small ? bound > previous : bound < previous) errors[errors.findIndex((e) => e.code === error.code && e.pointer === error.pointer)] = error
        else break
        bounds.set(key, bound)
        break
      }
      case 'invalid_value':
        errors.push({
          pointer: pointer(at),
          code: 'invalid-option',
          detail: t('validation.enum', { options: issue.values.map((v) => String(v)).join(', ') }),
        })
        break
      default:
        errors.push({ pointer: pointer(at), code: 'invalid', detail: t('validation.invalid') })
    }
  }
  return errors
}
