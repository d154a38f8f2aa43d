import type { Language } from './language.ts'
import type { Translator } from './messages.ts'

export interface Bindings {
  /** Build identifier shown by /healthz. */
  API_VERSION?: string
  /** Where this deployment is served (the OpenAPI document's contact link). */
  PUBLIC_BASE_URL?: string
  /** "off" disables rate limiting (local benchmarks and load tests); anything else keeps it on. */
  RATE_LIMIT?: string
  /** "off" renders every response, not the build's (worker/lib/prebuilt.ts; npm run static:build). */
  PREBUILT?: string
  /** "off" silences the per-request log line. */
  REQUEST_LOG?: string
  /** Workers Rate Limiting bindings ([[ratelimits]] in wrangler.toml). */
  READ_LIMITER?: RateLimit
  ELIGIBILITY_LIMITER?: RateLimit
  /** The static files of /app/ and /docs/ (wrangler.toml [assets]; worker/assets.ts). */
  ASSETS?: Fetcher
}

export interface AppEnv {
  Bindings: Bindings
  Variables: {
    language: Language
    t: Translator
    requestId: string
  }
}
