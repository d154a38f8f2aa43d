/**
 * Lints the OpenAPI document the worker serves with Redocly's recommended rules.
 * It fetches /openapi.json through the bundled worker in-process (no server, no network).
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildWorker, executionContext, loadWorker, root } from './lib/bundle.ts'

const worker = await loadWorker(buildWorker('lint-dist').file)
const res = await worker.fetch(new Request('http://lint/openapi.json'), { REQUEST_LOG: 'off' }, executionContext)
const file = join(root, '.tmp/openapi.json')
writeFileSync(file, await res.text())
execFileSync('npx', ['redocly', 'lint', '--max-problems', '50', file], { cwd: root, stdio: 'inherit' })
