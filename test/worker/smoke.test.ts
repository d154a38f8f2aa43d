import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

describe('smoke', () => {
  it('serves healthz', async () => {
    const res = await exports.default.fetch('http://api.test/healthz')
    expect(res.status).toBe(200)
  })
})
