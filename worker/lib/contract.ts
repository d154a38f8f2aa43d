import type { RouteConfig, RouteHandler } from '@hono/zod-openapi'
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { TrieRouter } from 'hono/router/trie-router'
import { validator } from 'hono/validator'
import type { AppEnv } from './context.ts'
import { ProblemError } from './problem.ts'
import { fieldErrors, type Issue } from './validation.ts'

type Target = 'query' | 'param' | 'json'

/**
 * A route contract (`createRoute` in `*.routes.ts`) as `npm run contract:build` compiles it into
 * worker/generated/contracts.js: method, Hono path and validators compiled from its zod request
 * schemas, which report zod's issues without loading zod. `R` types the route's handler.
 */
export interface Contract<R extends RouteConfig = RouteConfig> {
  method: string
  path: string
  validate: Partial<Record<Target, (value: unknown) => { success: true; data: unknown } | { success: false; issues: Issue[] }>>
  /** Never set: carries the contract's type to the handler. */
  readonly route?: R
}

/** Turns a failed validation into the problem the route answers with. */
export type ValidationHook = (failure: { issues: Issue[]; target: Target }, c: Context<AppEnv>) => ProblemError | Promise<ProblemError>

/** By default, a localized 400 problem naming each field. */
const validationProblem: ValidationHook = ({ issues, target }, c) => {
  const errors = fieldErrors(issues, c.get('t'), target === 'json' ? [] : [target])
  return new ProblemError('validation', { count: errors.length }, { errors })
}

/**
 * A Hono router that mounts route contracts with `.openapi(contract, handler)`, as @hono/zod-openapi
 * does and in its order (middleware, then one validator per request part), from the compiled
 * contracts, so no request evaluates zod. A route whose middleware checks its body's Content-Type
 * stands in for @hono/zod-openapi's own 415 gate (eligibility.body.ts).
 */
export class Router extends Hono<AppEnv> {
  openapi<R extends RouteConfig>(contract: Contract<R>, handler: RouteHandler<R, AppEnv>, { middleware = [], hook = validationProblem }: { middleware?: MiddlewareHandler<AppEnv>[]; hook?: ValidationHook } = {}): this {
    const validators = Object.entries(contract.validate).map(([target, check]) =>
      validator(target as Target, async (value, c) => {
        const result = check(value)
        if (!result.success) throw await hook({ issues: result.issues, target: target as Target }, c as Context<AppEnv>)
        return result.data
      }),
    ) as MiddlewareHandler<AppEnv>[]
    this.on([contract.method.toUpperCase()], [contract.path], ...middleware, ...validators, handler as unknown as MiddlewareHandler<AppEnv>)
    return this
  }
}

/** TrieRouter: no matcher to build on a fresh isolate's first request (RegExpRouter's cost 3–4 ms there). */
export const createRouter = () => new Router({ strict: true, router: new TrieRouter() })

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
