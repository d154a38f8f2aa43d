import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { convertMessages, generatedFile, generatedLanguages, generatedSource } from '../../miniapp/scripts/locales-lib.ts'
import { catalogs, format, formatYuan, languageFromDevice, languages } from '../../miniapp/src/locales/index.ts'
import { zhHans } from '../../miniapp/src/locales/zh-Hans.ts'
import { initialLanguage, languageStorageKey } from '../../miniapp/src/i18n/locale.tsx'
import Taro, { storage } from './shims/taro.ts'

const repoRoot = resolve(import.meta.dirname, '../..')

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('UI strings', () => {
  it.each(generatedLanguages)('the committed %s file is what the generator writes (run npm run locales -w miniapp)', (language) => {
    const committed = readFileSync(resolve(repoRoot, 'miniapp', generatedFile(language)), 'utf8')
    expect(committed).toBe(generatedSource(language, zhHans))
  })

  it.each(languages)('%s has every key, none empty, with the same placeholders as zh-Hans', (language) => {
    const reference = new Map(leaves(zhHans))
    const own = leaves(catalogs[language])
    expect(own.map(([k]) => k)).toEqual([...reference.keys()])
    for (const [key, text] of own) {
      expect(text.trim(), key).not.toBe('')
      expect(placeholders(text), key).toEqual(placeholders(reference.get(key)!))
    }
  })

  it('zh-Hans quotes with “” (mainland usage); the generated Traditional variants with 「」', () => {
    for (const [key, text] of leaves(zhHans)) expect(text, key).not.toMatch(/[「」『』]/)
    for (const language of generatedLanguages) {
      for (const [key, text] of leaves(catalogs[language])) expect(text, `${language} ${key}`).not.toMatch(/[“”]/)
    }
    expect(zhHans.check.questions.cabbageHeart).toBe('是否承担“白菜心”工程项目？')
    expect(catalogs['zh-Hant-TW'].check.questions.cabbageHeart).toBe('是否承擔「白菜心」工程專案？')
    expect(catalogs['zh-Hant-HK'].check.intro).toContain('「不確定」')
  })

  it('no screen adds quotation marks of its own: the catalogs and the API quote in each language', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    const marked = files(resolve(repoRoot, 'miniapp/src'))
      .filter((file) => !file.includes(`${sep}locales${sep}`))
      .filter((file) => /[「」“”]/.test(readFileSync(file, 'utf8')))
    expect(marked).toEqual([])
  })

  it('Taiwan phrasing and the reviewed overrides reach the UI too', () => {
    expect(catalogs['zh-Hant-TW'].common.networkError).toContain('網路')
    expect(catalogs['zh-Hant-TW'].check.steps.projects).toBe('承擔的專案')
    expect(catalogs['zh-Hant'].check.steps.projects).toBe('承擔的項目')
    // No UI string says 航天 since the choice labels come from the API; the override still applies.
    const aerospace = { ...zhHans, app: { ...zhHans.app, name: '商业航天' } }
    expect(convertMessages('zh-Hant-TW', aerospace).app.name).toBe('商業航太')
    expect(convertMessages('zh-Hant', aerospace).app.name).toBe('商業航天')
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} of {b}', { a: 1 })).toBe('1 of {b}')
  })

  it.each([
    [1314000, 'zh-Hans', '131.4万元'],
    [100000000, 'zh-Hant', '1億元'],
    [9999, 'zh-Hans', '9999元'],
    [12000000, 'en', 'CNY 12 million'],
    [438000, 'en', 'CNY 438,000'],
    [1234567.5, 'en', 'CNY 1.2346 million'],
  ] as const)('%s yuan in %s reads %s', (value, language, text) => {
    expect(formatYuan(value, language, catalogs[language])).toBe(text)
  })
})

describe('the first language', () => {
  it.each([
    ['zh_CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh_TW', 'zh-Hant-TW'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['zh_HK', 'zh-Hant-HK'],
    ['zh-MO', 'zh-Hant-HK'],
    ['zh-Hant', 'zh-Hant'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'zh-Hans'],
  ] as const)('device language %s starts the app in %s', (device, language) => {
    expect(languageFromDevice(device)).toBe(language)
  })

  it('a saved choice wins over the device language', () => {
    Taro.getAppBaseInfo.mockReturnValueOnce({ language: 'en' })
    expect(initialLanguage()).toBe('en')
    storage.set(languageStorageKey, 'zh-Hant-HK')
    expect(initialLanguage()).toBe('zh-Hant-HK')
    storage.set(languageStorageKey, 'klingon')
    Taro.getAppBaseInfo.mockReturnValueOnce({ language: 'zh_TW' })
    expect(initialLanguage()).toBe('zh-Hant-TW')
  })
})
