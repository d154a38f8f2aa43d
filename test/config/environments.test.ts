import { unstable_readConfig } from 'wrangler'
import { describe, expect, it } from 'vitest'

const config = 'wrangler.toml'
const top = unstable_readConfig({ config })
const environments = ['staging', 'production']

/**
 * wrangler passes neither [vars] nor [[ratelimits]] down to an environment, and a worker without
 * its limiter binding serves every request unlimited: each environment must declare them all.
 * [assets] it does pass down.
 */
describe.each(environments)('the %s environment', (env) => {
  const resolved = unstable_readConfig({ config, env })

  it('has every var the top level has, and its public base URL is https', () => {
    expect(Object.keys(resolved.vars).sort()).toEqual(Object.keys(top.vars).sort())
    expect(String(resolved.vars.PUBLIC_BASE_URL)).toMatch(/^https:\/\//)
    expect(resolved.vars.RATE_LIMIT).toBe('on')
  })

  it('has every rate limiter the top level has, with the same limits', () => {
    type Limiter = { name: string; simple: unknown }
    const limits = (c: { ratelimits: Limiter[] }) => c.ratelimits.map(({ name, simple }) => ({ name, simple })).sort((a, b) => a.name.localeCompare(b.name))
    expect(limits(resolved)).toEqual(limits(top))
  })

  it('serves the H5 app and the API reference, with the worker in front of every file', () => {
    // wrangler passes [assets] down to environments: this fails if one overrides or drops it.
    expect(top.assets).toMatchObject({ directory: 'dist/assets', binding: 'ASSETS', run_worker_first: true })
    expect(resolved.assets).toEqual(top.assets)
  })

  it('keeps Cloudflare invocation logs off and is served on its own domain', () => {
    expect(resolved.observability?.enabled).toBe(false)
    expect(resolved.routes?.length).toBeGreaterThan(0)
    expect(resolved.name).not.toBe(environments.filter((e) => e !== env).map((e) => unstable_readConfig({ config, env: e }).name)[0])
  })
})
