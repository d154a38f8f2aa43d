/**
 * The documents the data cites. The news article is the primary source: every figure the API
 * serves must agree with it. The 1.0 page is cited only for the "previous value" of a figure.
 */
export const sources = {
  article: {
    id: 'article',
    kind: 'primary',
    /** A key under `source.publisher.` in the catalogs. */
    publisher: 'administrative-committee',
    published: '2025-04-17T15:34:00+08:00',
    url: 'https://www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html',
    traditionalUrl: 'https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html',
    /** The repository keeps the Traditional (big5 gateway) copy; citations quote it verbatim. */
    file: 'rules/source/kechuang-20-v2-news-2025-04-17.zh-Hant.txt',
  },
  fullText: {
    id: 'fullText',
    kind: 'secondary',
    publisher: 'administrative-committee',
    published: '2025-04-11',
    url: 'https://jlts.com.cn/i/news/detail/2796294667882312566.html',
  },
  version1: {
    id: 'version1',
    kind: 'secondary',
    publisher: 'etown-english-site',
    published: '2022-02-16',
    url: 'http://www.beijingetown.com.cn/2022-02/16/c_707989.htm',
  },
} as const

export type SourceId = keyof typeof sources

/** Where a source states a fact: a line of the stored article and the exact words on it. */
export interface ArticleCitation {
  source: 'article'
  /** 1-based line number in the stored article file. */
  line: number
  /** Verbatim quote from that line (Traditional Chinese, as stored). */
  quote: string
}

/** A fact taken from a secondary page, quoted in the page's own terms. */
export interface PageCitation {
  source: Exclude<SourceId, 'article'>
  quote: string
}

/** A number the article does not state but the computation needs; fixed by the product spec. */
export interface ConventionCitation {
  source: 'convention'
  quote: string
}

export type Citation = ArticleCitation | PageCitation | ConventionCitation

export const cite = (line: number, quote: string): ArticleCitation => ({ source: 'article', line, quote })
