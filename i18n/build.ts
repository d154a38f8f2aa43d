/**
 * Writes i18n/generated/<lang>.json from zh-Hans with OpenCC plus the reviewed overrides; the
 * release entry by entry in four scripts (generated/release.json, see release.ts); the worker's
 * copies of every catalog and of the release, compact, as Data modules (worker/generated/, see
 * worker/lib/data.ts); and the search's index and Traditional→Simplified table
 * (worker/search/generated/, see search.ts).
 * Run: npm run i18n:build. A test fails when the committed files are stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { en } from './en.ts'
import { zhHans } from './zh-Hans.ts'
import { generateCatalog } from './variants.ts'
import type { GeneratedLanguage } from './overrides.ts'
import { generateRelease } from './release.ts'
import { sources } from '../rules/sources.ts'
import { generateSearchIndex, generateTraditionalTable } from './search.ts'

const languages: GeneratedLanguage[] = ['zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK']
const dir = new URL('./generated/', import.meta.url)
const workerCatalogs = new URL('../worker/generated/catalogs/', import.meta.url)
mkdirSync(dir, { recursive: true })
mkdirSync(workerCatalogs, { recursive: true })
for (const [language, catalog] of [['zh-Hans', zhHans], ['en', en]] as const) writeFileSync(new URL(`${language}.json.bin`, workerCatalogs), JSON.stringify(catalog))
for (const language of languages) {
  const catalog = generateCatalog(language, zhHans)
  writeFileSync(new URL(`${language}.json`, dir), `${JSON.stringify(catalog, null, 2)}\n`)
  writeFileSync(new URL(`${language}.json.bin`, workerCatalogs), JSON.stringify(catalog))
  console.log(`i18n/generated/${language}.json: ${Object.keys(catalog).length} keys`)
}
const release = generateRelease(readFileSync(new URL(`../${sources.article.file}`, import.meta.url), 'utf8'))
writeFileSync(new URL('release.json', dir), `${JSON.stringify(release, null, 2)}\n`)
writeFileSync(new URL('../worker/generated/release.json.bin', import.meta.url), JSON.stringify(release))
console.log(`i18n/generated/release.json: ${Object.keys(release).length} entries of the release in four scripts and English`)
// The search reads these instead of building OpenCC's converter and an index at run time.
const searchDir = new URL('../worker/search/generated/', import.meta.url)
mkdirSync(searchDir, { recursive: true })
const table = generateTraditionalTable()
writeFileSync(new URL('traditional.json.bin', searchDir), JSON.stringify(table))
console.log(`worker/search/generated/traditional.json.bin: ${Object.values(table).flatMap(Object.keys).length} characters and phrases`)
const index = generateSearchIndex()
writeFileSync(new URL('index.json.bin', searchDir), JSON.stringify(index))
console.log(`worker/search/generated/index.json.bin: ${index.fields.length} fields, ${index.concepts.length} concepts`)
