import { describe, expect, it } from 'vitest'
import { glossary } from '../../i18n/glossary.ts'
import { en } from '../../i18n/en.ts'
import { zhHans } from '../../i18n/zh-Hans.ts'
import { measureIds } from '../../rules/measures.ts'
import { call, json, languages } from './helpers.ts'

interface Term {
  id: string
  term: string
  variants: Record<(typeof languages)[number], string>
  english: string
  englishOfficial: boolean
  englishSource: string | null
  gloss: string
  measureIds: string[]
}

const getGlossary = (lang: string) => json<{ count: number; terms: Term[] }>(`/v1/glossary?lang=${lang}`)

describe('GET /v1/glossary', () => {
  it.each(languages)('is complete in %s', async (lang) => {
    const { res, body } = await getGlossary(lang)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-language')).toBe(lang)
    expect(body.count).toBe(glossary.length)
    expect(body.terms.map((t) => t.id)).toEqual(glossary.map((g) => g.id))
    for (const term of body.terms) {
      expect(term.term.trim(), `${lang} ${term.id}`).not.toBe('')
      expect(term.gloss.trim(), `${lang} ${term.id}`).not.toBe('')
      expect(Object.keys(term.variants).sort()).toEqual([...languages].sort())
      for (const variant of languages) expect(term.variants[variant].trim(), `${term.id} ${variant}`).not.toBe('')
      expect(term.term).toBe(term.variants[lang])
      expect(term.english).toBe(term.variants.en)
      for (const id of term.measureIds) expect(measureIds).toContain(id)
    }
  })

  it('lists the policy’s own words, in all five variants, from the catalogs the translations use', async () => {
    const { body } = await getGlossary('zh-Hans')
    const byTerm = new Map(body.terms.map((t) => [t.id, t]))
    for (const word of ['白菜心', '春笋', '揭榜挂帅', '专精特新', '高精尖', '亦庄新城', '经开区']) {
      expect(body.terms.some((t) => t.term.includes(word)), word).toBe(true)
    }
    expect(byTerm.get('cabbage-heart')).toMatchObject({
      term: zhHans['glossary.cabbage-heart.term'],
      english: en['glossary.cabbage-heart.term'],
      englishOfficial: false,
      englishSource: null,
      measureIds: ['industrial-foundation'],
    })
    expect(byTerm.get('spring-shoots')!.variants).toMatchObject({ 'zh-Hans': '春笋', 'zh-Hant': '春筍', 'zh-Hant-TW': '春筍', 'zh-Hant-HK': '春筍' })
    expect(byTerm.get('open-bidding')!.variants['zh-Hant-TW']).toBe('揭榜掛帥')
  })

  it('says which English terms are official, and where they are used', async () => {
    const { body } = await getGlossary('en')
    for (const term of body.terms) {
      const entry = glossary.find((g) => g.id === term.id)!
      expect(term.englishOfficial).toBe(entry.englishSource === 'official')
      if (term.englishOfficial) expect(term.englishSource).toBeTruthy()
      else expect(term.englishSource).toBeNull()
    }
    const openBidding = body.terms.find((t) => t.id === 'open-bidding')!
    expect(openBidding.english).toContain('open bidding for selecting the best candidates')
    expect(openBidding.englishOfficial).toBe(true)
  })

  it('is cached like the other GETs', async () => {
    const first = await call('/v1/glossary?lang=zh-Hant-HK')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]+"$/)
    expect(first.headers.get('cache-control')).toMatch(/public, max-age=\d+/)
    expect((await call('/v1/glossary?lang=zh-Hant-HK', { headers: { 'if-none-match': etag } })).status).toBe(304)
    const other = await call('/v1/glossary?lang=en')
    expect(other.headers.get('etag')).not.toBe(etag)
  })

  it('rejects an unsupported language', async () => {
    const { res, body } = await json('/v1/glossary?lang=xx')
    expect(res.status).toBe(400)
    expect(body.type).toBe('/problems/unsupported-language')
  })
})
