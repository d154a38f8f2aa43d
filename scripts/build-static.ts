/**
 * npm run static:build — asks the worker itself, built as it deploys, for every GET whose body
 * depends only on the content and the language, and stores the answers in
 * worker/generated/static/<language>.bin (worker/lib/prebuilt.ts reads them). A body found
 * inside one stored before (a measure inside the list) points into it. test/worker/prebuilt.test.ts
 * fails when the files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { languages } from '../i18n/languages.ts'
import { buildWorker, executionContext, loadWorker } from './lib/bundle.ts'

const worker = await loadWorker(buildWorker('static').file)
const env = { PREBUILT: 'off', RATE_LIMIT: 'off', REQUEST_LOG: 'off' }

async function get(path: string, language: string): Promise<{ etag: string; body: Buffer }> {
  const response = await worker.fetch(new Request(`http://static${path}?lang=${language}`), env, executionContext)
  if (response.status !== 200 || !response.headers.get('etag')) throw new Error(`${path} (${language}): ${response.status}`)
  return { etag: response.headers.get('etag')!, body: Buffer.from(await response.arrayBuffer()) }
}

// The paths, from the API: the measures and problem types it lists.
const list = JSON.parse((await get('/v1/measures', 'en')).body.toString()) as { measures: { id: string }[] }
const problems = JSON.parse((await get('/problems', 'en')).body.toString()) as { problems: { type: string }[] }
const paths = ['/v1/measures', ...list.measures.map((m) => `/v1/measures/${m.id}`), '/v1/policy', '/v1/glossary', '/v1/source', '/v1/eligibility/options', '/problems', ...problems.problems.map((p) => p.type)]

const dir = new URL('../worker/generated/static/', import.meta.url)
mkdirSync(dir, { recursive: true })
// The same paths in every language: the worker reads a language's module only for one of them.
writeFileSync(new URL('paths.json', dir), `${JSON.stringify(paths)}\n`)
for (const language of languages) {
  const index: Record<string, [string, number, number]> = {}
  let bodies = Buffer.alloc(0)
  for (const path of paths) {
    const { etag, body } = await get(path, language)
    let start = bodies.indexOf(body)
    if (start < 0) [start, bodies] = [bodies.length, Buffer.concat([bodies, body])]
    index[path] = [etag, start, start + body.length]
  }
  const file = new URL(`${language}.bin`, dir)
  const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(index)}\n`), bodies])
  writeFileSync(file, bytes)
  process.stdout.write(`${language}: ${paths.length} responses, ${(bytes.length / 1024).toFixed(1)} KiB\n`)
}
