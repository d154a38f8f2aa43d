import { describe, expect, it } from 'vitest'
import { zhHans } from '../../i18n/zh-Hans.ts'
import { en } from '../../i18n/en.ts'
import { overrides, type GeneratedLanguage } from '../../i18n/overrides.ts'
import { generateCatalog, plainConverter } from '../../i18n/variants.ts'
import { glossary } from '../../i18n/glossary.ts'
import { generateRelease } from '../../i18n/release.ts'
import release from '../../i18n/generated/release.json'
import article from '../../rules/source/kechuang-20-v2-news-2025-04-17.zh-Hant.txt?raw'
import { measures } from '../../rules/measures.ts'
import { parameters } from '../../rules/parameters.ts'
import zhHant from '../../i18n/generated/zh-Hant.json'
import zhHantTW from '../../i18n/generated/zh-Hant-TW.json'
import zhHantHK from '../../i18n/generated/zh-Hant-HK.json'

const generated: Record<GeneratedLanguage, Record<string, string>> = { 'zh-Hant': zhHant, 'zh-Hant-TW': zhHantTW, 'zh-Hant-HK': zhHantHK }
const keys = Object.keys(zhHans).sort()
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('generated Traditional catalogs', () => {
  it.each(Object.keys(generated) as GeneratedLanguage[])('%s is up to date with zh-Hans (run npm run i18n:build)', (language) => {
    expect(generated[language]).toEqual(generateCatalog(language, zhHans))
  })

  it.each(Object.keys(generated) as GeneratedLanguage[])('%s differs from plain OpenCC only where a reviewed override applies', (language) => {
    const plain = plainConverter(language)
    for (const key of keys) {
      const expected = plain(zhHans[key as keyof typeof zhHans])
      if (generated[language][key] !== expected) {
        expect(overrides[language].some((o) => expected.includes(o.from)), key).toBe(true)
      }
    }
  })

  it('the release in four scripts and English is up to date (run npm run i18n:build)', () => {
    expect(release).toEqual(generateRelease(article))
  })

  it('every override is still needed and says why', () => {
    for (const [language, list] of Object.entries(overrides) as [GeneratedLanguage, (typeof overrides)[GeneratedLanguage]][]) {
      const plain = plainConverter(language)
      const all = Object.values(zhHans).map((text) => plain(text)).join('\n')
      for (const o of list) {
        expect(all, `${language}: ${o.from}`).toContain(o.from)
        expect(o.reason.length).toBeGreaterThan(10)
      }
    }
  })
})

describe('every language has every key, with the same placeholders', () => {
  const catalogs = { en, ...generated } as Record<string, Record<string, string>>
  it.each(Object.keys(catalogs))('%s', (language) => {
    const catalog = catalogs[language]!
    expect(Object.keys(catalog).sort()).toEqual(keys)
    for (const key of keys) {
      expect(catalog[key]!.trim(), `${language} ${key}`).not.toBe('')
      expect(placeholders(catalog[key]!), `${language} ${key}`).toEqual(placeholders(zhHans[key as keyof typeof zhHans]))
    }
  })
})

describe('rule data has text in every language', () => {
  it('every measure, figure, condition, support item, note and glossary term has a key', () => {
    const needed = [
      ...measures.flatMap((m) => [
        `measure.${m.id}.title`,
        `measure.${m.id}.summary`,
        ...m.support.map((s) => `measure.${m.id}.support.${s.key}`),
        ...m.notes.map((n) => `measure.${m.id}.note.${n.key}`),
        ...m.conditions.flatMap((c) => [
          `condition.${m.id}.${c.id}`,
          ...['passed', 'failed', 'missing'].map((o) => `reason.${m.id}.${c.id}.${o}`),
        ]),
      ]),
      ...Object.keys(parameters).map((id) => `figure.${id}`),
      ...glossary.flatMap((g) => [`glossary.${g.id}.term`, `glossary.${g.id}.gloss`]),
    ]
    expect(needed.filter((key) => !(key in zhHans))).toEqual([])
  })
})

describe('vocabulary', () => {
  const zh = Object.values(zhHans).join('\n')
  it('zh-Hans uses mainland terms and none of the seed’s Taiwan phrasing', () => {
    for (const term of ['支持', '新一代信息技术', '智能制造', '商业航天', '脑机接口', '具身智能', '智能网联汽车']) expect(zh).toContain(term)
    for (const term of ['支援', '資訊', '资讯', '智慧製造', '智慧制造', '航太', '介面', '具身智慧', '産']) expect(zh).not.toContain(term)
  })

  it('zh-Hant keeps mainland words in Traditional characters', () => {
    const text = Object.values(zhHant).join('\n')
    for (const term of ['支持', '新一代信息技術', '智能製造', '腦機接口']) expect(text).toContain(term)
    expect(text).not.toContain('支援')
  })

  it.each(Object.keys(generated) as GeneratedLanguage[])('%s has none of the known OpenCC traps (和面→和麵, 并为→併為, 发布→釋出)', (language) => {
    const text = Object.values(generated[language]).join('\n')
    for (const trap of ['麵積', '麪積', '併為', '併入', '釋出']) expect(text).not.toContain(trap)
  })

  it('zh-Hant-TW keeps official action names as the source writes them', () => {
    expect(zhHantTW['measure.incubator-building.title']).toBe('科技孵化器創建行動')
  })

  it('zh-Hant-TW uses Taiwan phrasing, including the reviewed 航太', () => {
    const text = Object.values(zhHantTW).join('\n')
    for (const term of ['支援', '資訊', '智慧製造', '商業航太', '腦機介面', '具身智慧']) expect(text).toContain(term)
    expect(text).not.toContain('航天')
  })

  it('English has no Chinese characters and keeps the official terms', () => {
    const text = Object.values(en).join('\n')
    expect(text).not.toMatch(/\p{Script=Han}/u)
    for (const term of ['Yizhuang New Town', 'Administrative Committee', 'open bidding for selecting the best candidates', 'Baicaixin', 'Chunsun']) {
      expect(text).toContain(term)
    }
  })
})
