import type { FieldError } from './problem.ts'
import type { Translator } from './messages.ts'

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
const escape = (segment: PropertyKey) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1')
export const pointer = (path: readonly PropertyKey[]) => path.map((s) => `/${escape(s)}`).join('')

const typeNames = new Set(['object', 'boolean', 'number', 'string'])

/**
 * The issues this API words, as zod reports them and as the validators compiled from the zod
 * schemas (scripts/contract/validators.ts) report them: zod's own issues fit, without importing zod.
 */
type At = { path: readonly PropertyKey[] }
export type Issue =
  | (At & { code: 'unrecognized_keys'; keys: readonly string[] })
  | (At & { code: 'invalid_type'; expected: string; received?: string })
  | (At & { code: 'too_small'; minimum: number | bigint })
  | (At & { code: 'too_big'; maximum: number | bigint })
  | (At & { code: 'invalid_value'; values: readonly unknown[] })
  | (At & { code: 'invalid_format' | 'not_multiple_of' | 'invalid_union' | 'invalid_key' | 'invalid_element' | 'custom' })

/** What a compiled validator returns (worker/generated/contracts.js). */
export type ValidationResult = { success: true; data: unknown } | { success: false; issues: Issue[] }

/** Turns validation issues into localized field errors named by JSON pointer. */
export function fieldErrors(issues: readonly Issue[], t: Translator, prefix: readonly string[] = []): FieldError[] {
  const errors: FieldError[] = []
  const maximums = new Map<string, number>()
  for (const issue of issues) {
    const at = [...prefix, ...issue.path]
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) errors.push({ pointer: pointer([...at, key]), code: 'unknown-key', detail: t('validation.unknown-key', { key }) })
        break
      case 'invalid_type': {
        const received = issue.received
        if (issue.expected === 'int') errors.push({ pointer: pointer(at), code: 'not-integer', detail: t('validation.not-integer') })
        else if (issue.expected === 'number' && (received === 'Infinity' || received === 'NaN'))
          errors.push({ pointer: pointer(at), code: 'not-finite', detail: t('validation.not-finite') })
        else {
          const expected = typeNames.has(issue.expected) ? t(`type.${issue.expected as 'object'}`) : issue.expected
          errors.push({ pointer: pointer(at), code: 'wrong-type', detail: t('validation.wrong-type', { expected }) })
        }
        break
      }
      case 'too_small':
        errors.push({ pointer: pointer(at), code: 'too-small', detail: t('validation.too-small', { minimum: String(issue.minimum) }) })
        break
      case 'too_big': {
        const at_ = pointer(at)
        const previous = errors.findIndex((e) => e.pointer === at_ && e.code === 'too-big')
        const error = { pointer: at_, code: 'too-big', detail: t('validation.too-big', { maximum: String(issue.maximum) }) }
        // zod may report both the safe-integer bound and the declared one: keep the tighter.
        if (previous === -1) errors.push(error)
        else if (Number(issue.maximum) < Number(maximums.get(at_))) errors[previous] = error
        maximums.set(at_, Math.min(Number(issue.maximum), Number(maximums.get(at_) ?? Infinity)))
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
