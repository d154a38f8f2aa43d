/**
 * npm run size — builds the worker as it deploys (wrangler deploy --dry-run) and checks the
 * artifact itself: raw and gzip size against the budget (200 KiB gzip: less to parse and
 * evaluate in a fresh isolate); no Simplified→Traditional OpenCC dictionary, no zod and none of
 * its locales inside (requests are checked by validators compiled from the contracts, npm run
 * contract:build); and every kind of validation error reads right in all five languages, exactly
 * as the catalogs word it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildWorker, executionContext, loadWorker, root } from './lib/bundle.ts'
import { zhHans } from '../i18n/zh-Hans.ts'
import { en } from '../i18n/en.ts'
import { futureIndustryFields } from '../rules/profile.ts'

const generated = (language: string) => JSON.parse(readFileSync(`${root}i18n/generated/${language}.json`, 'utf8')) as Record<string, string>
const catalogs: Record<string, Record<string, string>> = {
  'zh-Hans': zhHans, 'zh-Hant': generated('zh-Hant'), 'zh-Hant-TW': generated('zh-Hant-TW'), 'zh-Hant-HK': generated('zh-Hant-HK'), en,
}
const translator = (language: string) => (key: string, params: Record<string, string> = {}) =>
  catalogs[language]![key]!.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`)

const BUDGET_GZIP_KIB = 200
const failures: string[] = []
const { file, bytes: script } = buildWorker('size-dist')
// The script and the Data modules beside it (lib/data.ts): all of it is uploaded.
const bundle = Buffer.concat([script, ...readdirSync(dirname(file)).filter((f) => f.endsWith('.bin')).map((f) => readFileSync(join(dirname(file), f)))])
const gzipKiB = gzipSync(bundle, { level: 9 }).length / 1024
console.log(`worker bundle (script and data modules): raw ${(bundle.length / 1024).toFixed(1)} KiB, gzip ${gzipKiB.toFixed(1)} KiB (budget ${BUDGET_GZIP_KIB} KiB gzip)`)
if (gzipKiB > BUDGET_GZIP_KIB) failures.push(`over budget by ${(gzipKiB - BUDGET_GZIP_KIB).toFixed(1)} KiB`)

// Text only these hold: OpenCC's STPhrases/STCharacters (~1 MB), zod's locales (English included), zod itself.
const foreign = { "OpenCC's STPhrases": '一丝不挂 一絲不掛', "OpenCC's STCharacters": '万 萬', "zod's locales": 'Invalid input: expected', zod: '$ZodObject' }
for (const [name, text] of Object.entries(foreign)) if (bundle.includes(Buffer.from(text))) failures.push(`the bundle contains ${name}`)

// One body with every kind of field error the API words itself.
const body = JSON.stringify({
  profile: { employees: 1.5, certifiedTechSme: 'yes', rent: { areaSqm: -1, yuanPerSqmPerDay: 1e9 }, futureIndustryProject: { field: 'teleportation' }, surprise: true },
})
const worker = await loadWorker(file)
for (const language of Object.keys(catalogs)) {
  const t = translator(language)
  const expected = [
    ['/profile/surprise', t('validation.unknown-key', { key: 'surprise' })],
    ['/profile/certifiedTechSme', t('validation.wrong-type', { expected: t('type.boolean') })],
    ['/profile/employees', t('validation.not-integer')],
    ['/profile/rent/areaSqm', t('validation.too-small', { minimum: '0' })],
    ['/profile/rent/yuanPerSqmPerDay', t('validation.too-big', { maximum: '1000' })],
    ['/profile/futureIndustryProject/field', t('validation.enum', { options: futureIndustryFields.join(', ') })],
  ]
  const request = new Request(`http://check/v1/eligibility?lang=${language}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  const response = await worker.fetch(request, { RATE_LIMIT: 'off', REQUEST_LOG: 'off' }, executionContext)
  const problem = (await response.json()) as { errors?: { pointer: string; detail: string }[] }
  const got = new Map((problem.errors ?? []).map((e) => [e.pointer, e.detail]))
  for (const [pointer, detail] of expected) {
    if (got.get(pointer!) !== detail) failures.push(`${language} ${pointer}: expected "${detail}", got "${got.get(pointer!)}"`)
  }
  if (response.status !== 400 || got.size !== expected.length) failures.push(`${language}: ${response.status} with ${got.size} errors, expected 400 with ${expected.length}`)
}
console.log(`validation errors from the bundle: ${failures.length ? 'see below' : `all 5 languages read as the catalogs word them`}`)
for (const failure of failures) console.error(`✗ ${failure}`)
process.exit(failures.length ? 1 : 0)
