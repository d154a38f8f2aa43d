import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { MessageKey } from '../../i18n/zh-Hans.ts'

/**
 * RFC 9457 problem types. `type` is a stable URI reference (relative to the API's origin,
 * never translated); title and detail are rendered in the request's language.
 */
export const problemTypes = {
  'not-found': 404,
  'measure-not-found': 404,
  'unsupported-language': 400,
  validation: 400,
  'invalid-json': 400,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'method-not-allowed': 405,
  'rate-limited': 429,
  internal: 500,
} as const
export type ProblemType = keyof typeof problemTypes

export const problemTypeUri = (type: ProblemType) => `/problems/${type}`

export interface FieldError {
  /** JSON pointer (RFC 6901) into the request, e.g. `/profile/employees` or `/query/kind`. */
  pointer: string
  code: string
  detail: string
}

/** Thrown anywhere in a request; the app's error handler renders it. */
export class ProblemError extends Error {
  readonly type: ProblemType
  readonly params: Record<string, string | number>
  readonly errors?: FieldError[]
  readonly headers?: Record<string, string>
  constructor(type: ProblemType, params: Record<string, string | number> = {}, options: { errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(type)
    this.type = type
    this.params = params
    this.errors = options.errors
    this.headers = options.headers
  }
  get status(): ContentfulStatusCode {
    return problemTypes[this.type]
  }
  get titleKey(): MessageKey {
    return `problem.${this.type}.title`
  }
  get detailKey(): MessageKey {
    return `problem.${this.type}.detail`
  }
}
