import { describe, expect, it } from 'vitest'
import article from '../../rules/source/kechuang-20-v2-news-2025-04-17.zh-Hant.txt?raw'
import { entryAtLine, entryLinks, releaseEntries } from '../../rules/release.ts'
import { measures, planIds } from '../../rules/measures.ts'
import { parameters } from '../../rules/parameters.ts'
import { policy } from '../../rules/policy.ts'

const lines = article.split('\n')

describe('the release, entry by entry', () => {
  it('is the title and every non-empty line of the body (lines 8–38), in order, and nothing else', () => {
    const body = lines.flatMap((text, i) => (i + 1 >= 8 && i + 1 <= 38 && text.trim() ? [i + 1] : []))
    expect(releaseEntries.map((e) => e.line)).toEqual([1, ...body])
    expect(new Set(releaseEntries.map((e) => e.id)).size).toBe(releaseEntries.length)
  })

  it('leaves out the page furniture: the date line, share and font controls, related links, the leaving-site notice', () => {
    for (const furniture of ['日期:2025-04-17', '分享:', '字號:', '相關推薦', '圖集推薦', '您訪問的連結即將離開', '已歸檔']) {
      const line = lines.findIndex((text) => text.includes(furniture)) + 1
      expect(line, furniture).toBeGreaterThan(0)
      expect(entryAtLine(line), furniture).toBeUndefined()
    }
  })

  it('names each entry by its kind: the title, headings (short lines without a full stop) and paragraphs', () => {
    for (const entry of releaseEntries) {
      const text = lines[entry.line - 1]!.trim()
      if (entry.kind === 'heading') {
        expect(entry.id, text).toMatch(/^h-/)
        expect(text, entry.id).not.toMatch(/。/)
        expect(text.length, entry.id).toBeLessThan(20)
      }
      if (entry.kind === 'paragraph') {
        expect(entry.id, text).toMatch(/^p-/)
        expect(text, entry.id).toMatch(/。”?[^。]*$/)
      }
    }
    expect(releaseEntries[0]).toEqual({ id: 'title', kind: 'title', line: 1 })
  })
})

describe('an entry links to the measures and figures it states, read from the citations', () => {
  const at = (id: string) => entryLinks(releaseEntries.find((e) => e.id === id)!.line)

  it.each([
    ['p-original-innovation', ['high-end-industry-layout', 'sci-tech-special-projects', 'industrial-foundation'], ['industrial-foundation.rd-funding-rate', 'industrial-foundation.project-cap']],
    ['h-project-cap', ['industrial-foundation'], ['industrial-foundation.project-cap']],
    ['p-innovation-relay', ['innovation-relay'], ['innovation-relay.matching-ratio', 'innovation-relay.matching-cap']],
    ['h-spring-shoots', ['spring-shoots'], []],
    ['p-spring-shoots', ['spring-shoots', 'incubator-building'], ['spring-shoots.rent-rate-cap', 'spring-shoots.subsidy-years', 'spring-shoots.staff-threshold', 'spring-shoots.area-cap-under-threshold', 'spring-shoots.area-cap-at-or-over-threshold']],
    ['p-incubator-building', ['incubator-building'], ['incubator-building.operating-support-cap', 'incubator-building.operating-support-years', 'incubator-building.performance-fund']],
    ['p-innovation-ecosystem', ['industry-academia-collaboration', 'future-industries-outlook'], []],
    ['p-leading-industry-chains', ['leading-industry-chains'], ['leading-industry-chains.project-cap', 'leading-industry-chains.annual-budget']],
    ['p-future-industries-outlook', ['future-industries-outlook'], ['future-industries-outlook.project-cap']],
    ['p-development-plans', [...planIds], []],
    ['p-targets', [], [...policy.targets]],
    ['p-intro', [], []],
    ['title', [], []],
  ])('%s states %j and %j', (id, measureIds, figureIds) => {
    expect(at(id)).toEqual({ measures: measureIds, figures: figureIds })
  })

  it('every measure and every figure of the article is reachable from the entry its citation sits in', () => {
    for (const measure of measures) {
      if (measure.citation.source !== 'article') continue
      expect(entryLinks(measure.citation.line).measures, measure.id).toContain(measure.id)
    }
    for (const parameter of Object.values(parameters)) {
      if (parameter.citation.source !== 'article') continue
      expect(entryLinks(parameter.citation.line).figures, parameter.id).toContain(parameter.id)
    }
  })

  it('every line a measure names it on is an entry (no citation points at page furniture)', () => {
    for (const measure of measures) {
      const cited = [measure.citation, ...measure.support.map((s) => s.citation), ...measure.conditions.map((c) => c.citation), ...measure.notes.map((n) => n.citation), ...measure.mentions]
      for (const c of cited) if (c.source === 'article') expect(entryAtLine(c.line), `${measure.id} line ${c.line}`).toBeDefined()
    }
  })
})
