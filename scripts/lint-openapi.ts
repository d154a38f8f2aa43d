/**
 * Lints the OpenAPI document the worker serves with Redocly's recommended rules.
 * It fetches /openapi.json through the bundled worker in-process (no server, no network).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = new URL('../', import.meta.url).pathname
const outdir = join(root, '.tmp/lint-dist')
mkdirSync(outdir, { recursive: true })
execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
})
const worker = (await import(pathToFileURL(join(outdir, 'index.js')).href)).default
const res: Response = await worker.fetch(new Request('http://lint/openapi.json'), {}, { waitUntil() {}, passThroughOnException() {} })
const file = join(root, '.tmp/openapi.json')
writeFileSync(file, await res.text())
execFileSync('npx', ['redocly', 'lint', '--max-problems', '50', file], { cwd: root, stdio: 'inherit' })
