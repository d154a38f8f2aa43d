import type { ZodError } from 'zod'
import type { FieldError } from './problem.ts'
import type { Translator } from './messages.ts'

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
const escape = (segment: PropertyKey) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1')
export const pointer = (path: readonly PropertyKey[]) => path.map((s) => `/${escape(s)}`).join('')

const typeNames = new Set(['object', 'boolean', 'number', 'string'])

/** Turns zod issues into localized field errors named by JSON pointer. */
export function fieldErrors(error: ZodError, t: Translator, prefix: readonly string[] = []): FieldError[] {
  const errors: FieldError[] = []
  const maximums = new Map<string, number>()
  for (const issue of error.issues) {
    const at = [...prefix, ...issue.path]
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) errors.push({ pointer: pointer([...at, key]), code: 'unknown-key', detail: t('validation.unknown-key', { key }) })
        break
      case 'invalid_type': {
        const received = (issue as { received?: string }).received
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
