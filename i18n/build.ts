/**
 * Writes i18n/generated/<lang>.json from zh-Hans with OpenCC plus the reviewed overrides, the
 * release entry by entry in four scripts (generated/release.json, see release.ts), and the
 * search's table of the zh-Hans runs OpenCC changes (worker/search/generated/).
 * Run: npm run i18n:build. A test fails when the committed files are stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { zhHans } from './zh-Hans.ts'
import { generateCatalog } from './variants.ts'
import type { GeneratedLanguage } from './overrides.ts'
import { generateRelease } from './release.ts'
import { sources } from '../rules/sources.ts'
import { generateConversions } from '../worker/search/conversions.ts'

const languages: GeneratedLanguage[] = ['zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK']
const dir = new URL('./generated/', import.meta.url)
mkdirSync(dir, { recursive: true })
for (const language of languages) {
  const catalog = generateCatalog(language, zhHans)
  writeFileSync(new URL(`${language}.json`, dir), `${JSON.stringify(catalog, null, 2)}\n`)
  console.log(`i18n/generated/${language}.json: ${Object.keys(catalog).length} keys`)
}
const release = generateRelease(readFileSync(new URL(`../${sources.article.file}`, import.meta.url), 'utf8'))
writeFileSync(new URL('release.json', dir), `${JSON.stringify(release, null, 2)}\n`)
console.log(`i18n/generated/release.json: ${Object.keys(release).length} entries of the release in four scripts and English`)
// The search index normalizes the zh-Hans text with this table instead of building OpenCC's converter.
const conversions = generateConversions()
writeFileSync(new URL('../worker/search/generated/zh-Hans-conversions.json', import.meta.url), `${JSON.stringify(conversions, null, 2)}\n`)
console.log(`worker/search/generated/zh-Hans-conversions.json: ${Object.keys(conversions).length} zh-Hans runs OpenCC changes`)
