import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkReleaseApiBase } from '../../miniapp/config/release.ts'

const miniapp = fileURLToPath(new URL('../../miniapp/', import.meta.url))

describe('a release build (npm run build:weapp:release) takes only an https API', () => {
  it.each([
    ['https://api.example.org', 'an https origin'],
    ['https://api.example.org/', 'an https origin with its slash'],
    ['https://example.org/kechuang', 'an https base path'],
  ])('accepts %s (%s)', (value) => {
    expect(checkReleaseApiBase(value)).toBe(value)
  })

  it.each([
    [undefined, /not set/],
    ['', /not set/],
    ['http://api.example.org', /not https/],
    ['http://127.0.0.1:8787', /not https/],
    ['https://127.0.0.1:8787', /this machine/],
    ['https://localhost', /this machine/],
    ['api.example.org', /not a URL/],
    ['ftp://api.example.org', /not https/],
    ['https://user:secret@api.example.org', /credentials/],
    ['https://api.example.org/?lang=en', /query/],
  ])('refuses %s', (value, message) => {
    expect(() => checkReleaseApiBase(value)).toThrow(message)
  })

  // Taro evaluates the config before it compiles anything: a refused build ends in seconds and
  // leaves dist/weapp as it was.
  it.each([
    ['an http API', { TARO_APP_API_BASE: 'http://api.example.org' }, /TARO_APP_API_BASE="http:\/\/api\.example\.org" is not https/],
    ["the everyday local API (miniapp/.env)", {}, /TARO_APP_API_BASE="http:\/\/127\.0\.0\.1:8787" is not https/],
  ])('taro build --mode release stops with a clear message on %s', (_, extra, message) => {
    const env: Record<string, string | undefined> = { ...process.env, ...extra }
    if (!('TARO_APP_API_BASE' in extra)) delete env.TARO_APP_API_BASE
    const run = spawnSync('npx', ['taro', 'build', '--type', 'weapp', '--mode', 'release'], { cwd: miniapp, env, encoding: 'utf8', timeout: 60_000 })
    expect(run.status).not.toBe(0)
    expect(run.stdout + run.stderr).toMatch(message)
  }, 60_000)
})
