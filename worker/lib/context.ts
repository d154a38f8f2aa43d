import type { Language } from './language.ts'
import type { Translator } from './messages.ts'

export interface Bindings {
  /** Build identifier shown by /healthz. */
  API_VERSION?: string
}

export interface AppEnv {
  Bindings: Bindings
  Variables: {
    language: Language
    /** True when the language came from Accept-Language (the response then varies on it). */
    negotiated: boolean
    t: Translator
  }
}
