import { describe, expect, it } from 'vitest'
import article from '../../rules/source/kechuang-20-v2-news-2025-04-17.zh-Hant.txt?raw'
import release from '../../i18n/generated/release.json'
import { releaseEn } from '../../i18n/release.en.ts'
import { articleCitations, releaseScripts, toFullWidthPunctuation, type ReleaseCatalog } from '../../i18n/release.ts'
import { entryAtLine, releaseEntries } from '../../rules/release.ts'

const catalog: ReleaseCatalog = release
const lines = article.split('\n')

describe('the release in four Chinese scripts', () => {
  it('zh-Hant-TW is the stored text, verbatim', () => {
    for (const entry of releaseEntries) expect(catalog[entry.id]['zh-Hant-TW']).toBe(lines[entry.line - 1]!.trim())
  })

  it('zh-Hans is mainland Simplified with the original’s full-width punctuation (a ratio keeps its colon)', () => {
    for (const entry of releaseEntries) {
      const text = catalog[entry.id]['zh-Hans']
      expect(text, entry.id).not.toMatch(/[,;()]|(?<!\d):|:(?!\d)/)
      for (const word of ['支援', '资讯', '智慧制造', '航太', '介面', '産']) expect(text, `${entry.id} ${word}`).not.toContain(word)
    }
    expect(catalog['p-spring-shoots']['zh-Hans']).toContain('人数超过100人（含100人）的，支持面积不超过2000平方米；租金低于')
    expect(catalog['p-innovation-relay']['zh-Hans']).toContain('给予最高3000万元的1:1资金配套支持')
    expect(catalog['p-targets']['zh-Hans']).toContain('增长目标：到2027年，')
    expect(toFullWidthPunctuation('a,b;(c):1:1')).toBe('a，b；（c）：1:1')
  })

  it('every script has the same length, so a quote is the same span in each', () => {
    for (const entry of releaseEntries) for (const script of releaseScripts) expect(catalog[entry.id][script].length).toBe(lines[entry.line - 1]!.trim().length)
  })

  it('every quote the API cites is on its line of the stored text', () => {
    for (const citation of articleCitations()) expect(catalog[entryAtLine(citation.line)!.id]['zh-Hant-TW'], citation.quote).toContain(citation.quote)
  })
})

describe('the English translation of the release', () => {
  it('translates every entry, in English only, as the built catalog serves it', () => {
    expect(Object.keys(releaseEn)).toEqual(releaseEntries.map((e) => e.id))
    for (const entry of releaseEntries) expect(catalog[entry.id].en).toBe(releaseEn[entry.id].text)
    for (const { text, quotes } of Object.values(releaseEn)) {
      expect(text).not.toMatch(/\p{Script=Han}/u)
      for (const translation of Object.values(quotes ?? {})) expect(translation).not.toMatch(/\p{Script=Han}/u)
    }
  })

  it('translates every quote the API cites, word for word as the entry’s translation has it', () => {
    const cited = new Set<string>()
    for (const citation of articleCitations()) {
      const entry = entryAtLine(citation.line)!
      const translation = releaseEn[entry.id].quotes?.[citation.quote]
      expect(translation, `${entry.id}: ${citation.quote}`).toBeDefined()
      expect(releaseEn[entry.id].text, `${entry.id}: ${translation}`).toContain(translation)
      cited.add(`${entry.id} ${citation.quote}`)
    }
    const translated = Object.entries(releaseEn).flatMap(([id, e]) => Object.keys(e.quotes ?? {}).map((quote) => `${id} ${quote}`))
    expect(translated.filter((key) => !cited.has(key))).toEqual([])
  })

  it('the built alignment pairs each cited passage with its translation', () => {
    for (const entry of releaseEntries) {
      const { 'zh-Hant-TW': stored, en, aligned } = catalog[entry.id]
      const pairs = aligned.map(([start, end, enStart, enEnd]) => [stored.slice(start, end), en.slice(enStart, enEnd)])
      expect(Object.fromEntries(pairs)).toEqual(releaseEn[entry.id].quotes ?? {})
    }
  })

  it('keeps every figure of an entry in its translation', () => {
    const figures = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0])
    expect(releaseEn['p-spring-shoots'].text).toMatch(/CNY 1\.5 per m² per day.*3 consecutive years.*fewer than 100 employees.*1,000 m².*more than 100 employees \(100 included\).*2,000 m²/)
    expect(figures(releaseEn['p-targets'].text.replaceAll(',', ''))).toEqual(expect.arrayContaining(['2027', '2700', '1200', '8']))
    expect(releaseEn['p-leading-industry-chains'].text).toMatch(/CNY 10 million.*CNY 100 million/)
    expect(releaseEn['p-incubator-building'].text).toMatch(/CNY 30 million in total over 3 years.*CNY 10 million a year/)
  })
})
