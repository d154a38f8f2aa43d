import { describe, expect, it } from 'vitest'
import article from '../../rules/source/kechuang-20-v2-news-2025-04-17.zh-Hant.txt?raw'
import { parameters, type Parameter } from '../../rules/parameters.ts'
import { groups, measures } from '../../rules/measures.ts'
import { policy } from '../../rules/policy.ts'
import type { Citation } from '../../rules/sources.ts'

const lines = article.split('\n')

/** How the article writes a figure: 1億元, 3000萬元, 50%, 1.5元/平方米/天, 1000平方米, … */
function articleForm(p: Parameter): string {
  switch (p.unit) {
    case 'CNY':
      return p.value >= 100_000_000 ? `${p.value / 100_000_000}億元` : `${p.value / 10_000}萬元`
    case 'percent':
      return `${p.value}%`
    case 'ratio':
      return `1:${p.value}`
    case 'CNY/m2/day':
      return `${p.value}元/平方米/天`
    case 'm2':
      return `${p.value}平方米`
    case 'years':
      return `${p.value}年`
    case 'persons':
      return `${p.value}人`
    case 'enterprises':
      return `${p.value}家`
    case 'days':
      return `${p.value}天`
  }
}

const allCitations: [string, Citation][] = [
  ...Object.values(parameters).map((p): [string, Citation] => [p.id, p.citation]),
  ...measures.flatMap((m) => [
    [`${m.id}`, m.citation] as [string, Citation],
    ...m.support.map((s): [string, Citation] => [`${m.id}.support.${s.key}`, s.citation]),
    ...m.conditions.map((c): [string, Citation] => [`${m.id}.condition.${c.id}`, c.citation]),
    ...m.notes.map((n): [string, Citation] => [`${m.id}.note.${n.key}`, n.citation]),
    ...m.mentions.map((c, i): [string, Citation] => [`${m.id}.mention.${i}`, c]),
  ]),
  ...groups.map((g): [string, Citation] => [g.id, g.citation]),
  ['policy', policy.citation],
  ['policy.headline', policy.headline],
]

describe('every citation of the article quotes it verbatim', () => {
  it.each(allCitations.filter(([, c]) => c.source === 'article'))('%s', (_, citation) => {
    if (citation.source !== 'article') return
    expect(lines[citation.line - 1]).toContain(citation.quote)
  })
})

describe('every figure states the number the article states, where the article states it', () => {
  const fromArticle = Object.values(parameters).filter((p) => p.citation.source === 'article')
  it.each(fromArticle.map((p) => [p.id, p] as const))('%s', (_, p) => {
    expect(p.citation.source).toBe('article')
    expect(p.citation.quote).toContain(articleForm(p))
  })

  it('only the days-per-year convention is not from the article', () => {
    const others = Object.values(parameters).filter((p) => p.citation.source !== 'article')
    expect(others.map((p) => [p.id, p.citation.source])).toEqual([['spring-shoots.days-per-year', 'convention']])
  })

  it('the 1.0 figures match FACTS.md: 5000万 for 白菜心, 2000万 a year for matching', () => {
    expect(parameters['industrial-foundation.project-cap'].versions[0]).toMatchObject({ version: '1.0', value: 50_000_000 })
    expect(parameters['innovation-relay.matching-cap'].versions[0]).toMatchObject({ version: '1.0', value: 20_000_000, period: 'per-project-per-year' })
  })

  it('versions run oldest first, end with 2.0 (the value served), and cite 1.0 from the 1.0 page', () => {
    for (const p of Object.values(parameters)) {
      expect(p.versions.map((v) => v.version)).toEqual(p.versions.length === 2 ? ['1.0', '2.0'] : ['2.0'])
      expect(p.value).toBe(p.versions.at(-1)!.value)
      expect(p.citation).toBe(p.versions.at(-1)!.citation)
      if (p.versions.length === 2) expect(p.versions[0]!.citation.source).toBe('version1')
    }
  })

  it('gives a version a date only where a source states when it took effect: none does', () => {
    // The article is dated 2025-04-17 and the full text signed 2025-04-11; neither says it is the
    // effective date, and the 1.0 page gives only its own publication date.
    expect(Object.values(parameters).filter((p) => p.versions.some((v) => v.since !== undefined)).map((p) => p.id)).toEqual([])
  })
})

describe('the structure the article states', () => {
  it('has 14 actions in groups of 4, 5 and 5, naming 9 of them', () => {
    expect(groups.map((g) => g.actionCount)).toEqual([4, 5, 5])
    expect(groups.reduce((n, g) => n + g.actionCount, 0)).toBe(policy.actionCount)
    expect(groups.flatMap((g) => g.namedActions)).toHaveLength(9)
    expect(lines.join('')).toContain('實施14項重點行動')
  })

  it('has 6 plans, named in the article in the order we list them', () => {
    const plans = measures.filter((m) => m.kind === 'plan')
    expect(plans).toHaveLength(policy.planCount)
    const positions = plans.map((p) => (p.citation.source === 'article' ? lines[35]!.indexOf(p.citation.quote) : -1))
    expect(positions.every((x) => x >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('every action id sits in the group the contract gives it', () => {
    for (const group of groups) for (const id of group.namedActions) expect(measures.find((m) => m.id === id)?.group).toBe(group.id)
  })
})
