/** Builds the worker as `wrangler deploy` would (offline, --dry-run) and loads it in-process. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { register } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

// wrangler ships *.bin imports as Data modules (workerd gives their bytes as an ArrayBuffer); Node
// loads the bundle's the same way.
const loadBytes = `export async function load(url, context, next) {
  if (!url.endsWith('.bin')) return next(url, context)
  return { format: 'module', shortCircuit: true, source: 'import { readFileSync } from "node:fs"; const b = readFileSync(new URL(import.meta.url)); export default b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)' }
}`
register(`data:text/javascript,${encodeURIComponent(loadBytes)}`)

export const root = new URL('../../', import.meta.url).pathname

export interface WorkerModule {
  fetch: (request: Request, env: unknown, ctx: unknown) => Promise<Response>
}

/** `cwd`: another checkout of the project (a baseline for comparisons); the bundle goes to this one's .tmp/. */
export function buildWorker(name: string, cwd = root, extra: string[] = []): { file: string; bytes: Buffer } {
  const outdir = join(root, '.tmp', name)
  rmSync(outdir, { recursive: true, force: true }) // no stale modules from an earlier build
  mkdirSync(outdir, { recursive: true })
  // wrangler refuses to bundle when wrangler.toml's [assets] directory is missing; the worker
  // alone needs none of its files (`npm run assets` builds them).
  mkdirSync(join(cwd, 'dist/assets'), { recursive: true })
  // Unless told otherwise, the top-level configuration (local vars), as `npm start` runs it.
  const env = extra.some((arg) => arg.startsWith('--env') || arg === '--config') ? [] : ['--env=']
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', ...env, '--outdir', outdir, ...extra], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  })
  const file = join(outdir, 'index.js')
  return { file, bytes: readFileSync(file) }
}

export async function loadWorker(file: string): Promise<WorkerModule> {
  return (await import(pathToFileURL(file).href)).default as WorkerModule
}

export const executionContext = { waitUntil() {}, passThroughOnException() {} }
