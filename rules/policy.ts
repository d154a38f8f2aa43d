import { cite, sources, type Citation } from './sources.ts'
import type { ParameterId } from './parameters.ts'

export const policy = {
  id: 'kechuang-20-v2',
  /** Signed by the Administrative Committee (full-text repost); the article was released on 2025-04-17. */
  signed: '2025-04-11',
  announced: '2025-04-17',
  actionCount: 14,
  planCount: 6,
  citation: cite(8, '提出落實六大發展計劃、實施14項重點行動') as Citation,
  signedCitation: { source: 'fullText', quote: 'signed 2025-04-11, marked 此件公开发布' } as Citation,
  targetYear: 2027,
  targets: [
    'policy.target.high-tech-enterprises',
    'policy.target.specialized-smes',
    'policy.target.rd-growth',
  ] as const satisfies readonly ParameterId[],
  headline: cite(12, '單個項目最高1億元研發支援') as Citation,
  sources,
} as const
