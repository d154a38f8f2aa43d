import type { RouteConfig } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { validator } from 'hono/validator'
import type { AppEnv } from './context.ts'
import type { ProblemError } from './problem.ts'
import type { Issue, ValidationResult } from './validation.ts'

export type Target = 'query' | 'param' | 'json'

/**
 * What the worker runs of a route contract (`createRoute` in `*.routes.ts`), as
 * `npm run contract:build` compiles it into worker/generated/contracts.js: method, Hono path, how
 * many middleware the contract names, and validators compiled from its zod request schemas, which
 * report zod's issues without loading zod. `R` is the contract's type, for typed handlers.
 */
export interface Contract<R extends RouteConfig = RouteConfig> {
  method: string
  path: string
  middleware: number
  validate: Partial<Record<Target, (value: unknown) => ValidationResult>>
  /** Never set: carries the contract's type to the handler. */
  readonly route?: R
}

/** Turns a failed validation into the problem the route answers with. */
export type ValidationHook = (failure: { issues: Issue[]; target: Target }, c: Context<AppEnv>) => ProblemError | Promise<ProblemError>

// @hono/zod-openapi refuses, with a 415, a body whose declared type is not the contract's; so do we.
const JSON_REQUEST = /^application\/([a-z-\.]+\+)?json(;\s*[a-zA-Z0-9\-]+\=([^;]+))*$/i
const jsonOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header('content-type')
  if (type ? !JSON_REQUEST.test(type) : c.req.raw.body !== null && (await c.req.arrayBuffer()).byteLength > 0) throw new HTTPException(415)
  await next()
}

/** What Hono runs for a contract, in @hono/zod-openapi's order: its middleware, then one validator per request part. */
export function contractHandlers(contract: Contract, middleware: readonly MiddlewareHandler<AppEnv>[], hook: ValidationHook): MiddlewareHandler<AppEnv>[] {
  if (middleware.length !== contract.middleware) throw new Error(`${contract.method} ${contract.path}: the contract names ${contract.middleware} middleware, the router mounts ${middleware.length}`)
  const validators = Object.entries(contract.validate).flatMap(([target, check]) => {
    const validate = validator(target as Target, async (value, c) => {
      const result = check(value)
      if (!result.success) throw await hook({ issues: result.issues, target: target as Target }, c as Context<AppEnv>)
      return result.data
    }) as MiddlewareHandler<AppEnv>
    return target === 'json' ? [jsonOnly, validate] : [validate]
  })
  return [...middleware, ...validators]
}

/**
 * A route's handler, its module loaded on the route's first request: wrangler bundles without
 * splitting, so esbuild evaluates a dynamically imported module (and what only it imports) on
 * first import, and a fresh isolate compiles only what its first request needs.
 */
export function lazy<M extends Record<K, (...args: never[]) => unknown>, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  let module: Promise<M> | undefined
  // Typed as the export itself: Hono awaits what a handler or a validation hook returns.
  return (async (...args: never[]) => (await (module ??= load()))[name](...args)) as M[K]
}
