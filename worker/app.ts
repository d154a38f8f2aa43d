import type { Context, Next } from 'hono'
import { cors } from 'hono/cors'
import { HTTPException } from 'hono/http-exception'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './lib/context.ts'
import { createRouter } from './lib/contract.ts'
import { defaultLanguage, languages, matchLanguage, negotiateLanguage } from './lib/language.ts'
import { translator } from './lib/messages.ts'
import { ProblemError, problemTypeUri } from './lib/problem.ts'
import { logRequest } from './lib/observability.ts'
import { prebuilt } from './lib/prebuilt.ts'
import { rateLimit } from './lib/rate-limit.ts'

export async function problemResponse(c: Context<AppEnv>, problem: ProblemError): Promise<Response> {
  const t = c.get('t') ?? (await translator(c.get('language') ?? defaultLanguage))
  const requestId = c.get('requestId')
  const body = {
    type: problemTypeUri(problem.type),
    title: t(problem.titleKey),
    status: problem.status,
    detail: t(problem.detailKey, problem.params),
    instance: new URL(c.req.url).pathname,
    ...(requestId ? { requestId } : {}),
    ...(problem.errors ? { errors: problem.errors } : {}),
  }
  // The text is in the translator's language, whichever middleware got to run.
  const headers = { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store', 'content-language': t.language, ...problem.headers }
  return c.body(JSON.stringify(body), problem.status, headers)
}

/**
 * Picks the language: an explicit ?lang= wins (unsupported → 400), else Accept-Language. Hono's
 * languageDetector does not fit: it knows neither the contract's aliases and script fallbacks nor
 * a 400 for an unsupported explicit choice.
 */
async function language(c: Context<AppEnv>, next: Next) {
  const requested = c.req.query('lang')
  const explicit = requested === undefined ? undefined : matchLanguage(requested)
  const chosen = explicit ?? negotiateLanguage(c.req.header('accept-language'))
  c.set('language', chosen)
  if (requested !== undefined && !explicit) {
    // Counted like any other request, then refused.
    return rateLimit(c, () => {
      throw new ProblemError('unsupported-language', { lang: requested.slice(0, 64), supported: languages.join(', ') })
    })
  }
  await next()
  c.res.headers.set('content-language', chosen)
  if (requested === undefined) c.res.headers.append('vary', 'Accept-Language')
}

/** The caller's X-Request-Id if sane, else Cloudflare's ray id, else a UUID. */
const REQUEST_ID = /^[\w-]{1,64}$/
const newRequestId = (c: Context) => {
  const ray = c.req.header('cf-ray')
  return ray && REQUEST_ID.test(ray) ? ray : crypto.randomUUID()
}

/** Third-party browser apps (and the H5 mini-program) read the API from any origin, without credentials. */
const preflight = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
  allowHeaders: ['Content-Type', 'Accept-Language', 'If-None-Match', 'X-Request-Id'],
  exposeHeaders: ['API-Version', 'Content-Language', 'ETag', 'Retry-After', 'X-Request-Id'],
  maxAge: 86400,
})
/**
 * Hono's cors() answers preflights; on other requests it touches c.res before next(), which makes
 * Hono build the response twice, so its two headers are set after — with the contract's release
 * (docs/CONTRACT.md, "Versioning and change") on every response.
 */
async function crossOrigin(c: Context<AppEnv>, next: Next) {
  if (c.req.method === 'OPTIONS') return preflight(c, next)
  await next()
  c.res.headers.set('access-control-allow-origin', '*')
  c.res.headers.set('access-control-expose-headers', 'API-Version,Content-Language,ETag,Retry-After,X-Request-Id')
  c.res.headers.set('api-version', c.env?.API_VERSION ?? 'dev')
}

export function createApp() {
  const app = createRouter()
  app.use(requestId({ limitLength: 64, generator: newRequestId }))
  app.use(logRequest)
  // The API only returns data: nothing on it should run scripts, be framed or leak a referrer.
  // /docs/ and /app/ set their own policies (worker/assets.ts), which `overwrite: false` keeps.
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
      strictTransportSecurity: 'max-age=63072000; includeSubDomains',
      xFrameOptions: 'DENY',
      crossOriginResourcePolicy: 'cross-origin',
      crossOriginOpenerPolicy: false,
      originAgentCluster: false,
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
      overwrite: false,
    }),
  )
  app.use(crossOrigin)
  app.use(language)
  app.use(rateLimit)
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => {
        const allow = methods.join(', ')
        const problem = new ProblemError('method-not-allowed', { path: c.req.path.slice(0, 200), method: c.req.method, allow }, { headers: { allow } })
        return problemResponse(c as Context<AppEnv>, problem)
      },
    }),
  )
  app.use(prebuilt)
  // The catalog is parsed only for requests the build did not answer.
  app.use(async (c, next) => {
    c.set('t', await translator(c.get('language')))
    await next()
  })
  app.notFound((c) => problemResponse(c, new ProblemError('not-found', { path: new URL(c.req.url).pathname.slice(0, 200) })))
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error)
    if (error instanceof HTTPException && error.status < 500) {
      // Hono's own 4xx (e.g. malformed JSON caught by a validator): keep the status, localize the text.
      const type = error.status === 413 ? 'payload-too-large' : error.status === 415 ? 'unsupported-media-type' : 'invalid-json'
      return problemResponse(c, new ProblemError(type, { limit: 65536 }))
    }
    console.error(JSON.stringify({ level: 'error', message: error instanceof Error ? error.message : String(error) }))
    return problemResponse(c, new ProblemError('internal'))
  })
  return app
}
