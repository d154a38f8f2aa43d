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
import { releaseEn } from '../../i18n/release.en.ts'
import { translator } from '../../worker/lib/messages.ts'
import { problemTypes } from '../../worker/lib/problem.ts'
import zhHant from '../../i18n/generated/zh-Hant.json'
import zhHantTW from '../../i18n/generated/zh-Hant-TW.json'
import zhHantHK from '../../i18n/generated/zh-Hant-HK.json'
import workerZhHans from '../../worker/generated/catalogs/zh-Hans.json.bin'
import workerZhHant from '../../worker/generated/catalogs/zh-Hant.json.bin'
import workerZhHantTW from '../../worker/generated/catalogs/zh-Hant-TW.json.bin'
import workerZhHantHK from '../../worker/generated/catalogs/zh-Hant-HK.json.bin'
import workerEn from '../../worker/generated/catalogs/en.json.bin'
import workerRelease from '../../worker/generated/release.json.bin'

const generated: Record<GeneratedLanguage, Record<string, string>> = { 'zh-Hant': zhHant, 'zh-Hant-TW': zhHantTW, 'zh-Hant-HK': zhHantHK }
const keys = Object.keys(zhHans).sort()
/** `{name}`, and the name of a plural phrase `{name, plural, one {…} other {…}}`. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural, )/g)].map((m) => m[1]).sort()

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

  it("the worker's copies are the catalogs and the release, compact (run npm run i18n:build)", () => {
    const copies = { 'zh-Hans': [workerZhHans, zhHans], 'zh-Hant': [workerZhHant, zhHant], 'zh-Hant-TW': [workerZhHantTW, zhHantTW], 'zh-Hant-HK': [workerZhHantHK, zhHantHK], en: [workerEn, en], release: [workerRelease, release] }
    for (const [language, [copy, catalog]] of Object.entries(copies)) expect(new TextDecoder().decode(copy as ArrayBuffer), language).toBe(JSON.stringify(catalog))
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

describe('our own text, reviewed', () => {
  const zhValues = Object.entries(zhHans) as [string, string][]
  const enText = Object.values(en).join('\n')

  it('zh-Hans quotes with “” (mainland usage), never 「」; the Traditional variants keep 「」', () => {
    expect(zhValues.filter(([, text]) => /[「」『』]/.test(text)).map(([key]) => key)).toEqual([])
    const quoting = zhValues.filter(([, text]) => text.includes('“'))
    expect(quoting.length).toBeGreaterThan(20)
    for (const language of Object.keys(generated) as GeneratedLanguage[]) {
      for (const [key] of quoting) {
        expect(generated[language][key], `${language} ${key}`).toMatch(/「[^“”]+」/)
        expect(generated[language][key], `${language} ${key}`).not.toMatch(/[“”]/)
      }
    }
  })

  it('English renders 等 as "such as …", "including …" or "… and others", never "and similar"', () => {
    expect(enText).not.toMatch(/and similar/i)
    expect(Object.values(releaseEn).map((e) => e.text).join('\n')).not.toMatch(/and similar/i)
  })

  it('English names 专精特新 by the official term, the same way everywhere, and glosses it once', () => {
    const official = 'specialized and sophisticated SMEs that produce new and unique products'
    const { 'glossary.specialized-sophisticated.gloss': gloss, ...rest } = en
    const all = [...Object.values(rest), ...Object.values(releaseEn).map((e) => e.text)].join('\n')
    const mentions = [...all.matchAll(/specialized and sophisticated/gi)].map((m) => all.slice(m.index, m.index + official.length))
    expect(mentions.length).toBeGreaterThan(3)
    for (const mention of mentions) expect(mention.toLowerCase()).toBe(official.toLowerCase())
    // The gloss spells out the four qualities in the same words.
    expect(gloss).toContain('specialized and sophisticated and produce new and unique products')
  })

  it('English names the actions and the issuer as the policy does', () => {
    expect(en['measure.industrial-foundation.title']).toBe('Industrial Foundation Strengthening Action')
    expect(enText).not.toMatch(/Industrial Foundation Action/)
    expect(enText).not.toMatch(/Companion services/)
    for (const match of enText.matchAll(/Administrative Committee of/g)) expect(enText.slice(match.index - 4, match.index)).toBe('the ')
  })

  it('says only what the release says (no "best-performing", no closed list turned open, no instalments, no district it does not describe)', () => {
    expect(enText).not.toMatch(/best-performing|reward.{0,20}incubators/i)
    expect(zhHans['measure.incubator-building.summary']).not.toContain('奖励')
    expect(zhHans['measure.industrial-foundation.support.fields']).not.toContain('等')
    expect(enText).not.toMatch(/instal+ments?/i)
    for (const [key, text] of zhValues) if (key.includes('milestone')) expect(text, key).not.toContain('分期')
    expect(en['glossary.yizhuang-new-town.gloss']).not.toMatch(/district|in which E-Town lies/)
    expect(zhHans['glossary.yizhuang-new-town.gloss']).not.toContain('所在的新城')
  })

  it('writes a count in English as singular or plural', async () => {
    const t = await translator('en')
    expect(t('problem.validation.detail', { count: 1 })).toBe('The request has 1 error; see errors.')
    expect(t('problem.validation.detail', { count: 3 })).toBe('The request has 3 errors; see errors.')
    expect((await translator('zh-Hans'))('problem.validation.detail', { count: 1 })).toBe('请求中有1处错误，详见 errors。')
  })

  it('every problem type says what it means and how to fix it, in every language', () => {
    for (const type of Object.keys(problemTypes)) {
      for (const suffix of ['title', 'detail', 'meaning', 'fix']) expect(zhHans, `${type}.${suffix}`).toHaveProperty([`problem.${type}.${suffix}`])
    }
  })
})

describe('words OpenCC misses, fixed by the reviewed lists', () => {
  it.each([
    ['zh-Hant-TW', ['營運', '高水準', '平方公尺', '不支援的內容類型'], ['運營', '高水平', '平方米', '內容型別']],
    ['zh-Hant-HK', ['資訊科技', '伺服器'], ['信息技術', '服務器']],
  ] as const)('%s says %j, never %j', (language, wanted, unwanted) => {
    const text = Object.values(generated[language]).join('\n')
    for (const word of wanted) expect(text, word).toContain(word)
    for (const word of unwanted) expect(text, word).not.toContain(word)
  })

  it('the lists never touch the release: quotes and entries are converted by plain OpenCC only', () => {
    const entries = release as unknown as Record<string, Record<string, string>>
    for (const language of ['zh-Hant', 'zh-Hant-HK'] as const) {
      const plain = plainConverter(language)
      for (const [id, texts] of Object.entries(entries)) expect(texts[language], `${language} ${id}`).toBe(plain(texts['zh-Hans']!))
    }
    expect(entries['p-spring-shoots']!['zh-Hant-TW']).toContain('平方米')
    expect(entries['p-leading-industry-chains']!['zh-Hant-HK']).toContain('信息技術')
  })
})
