import { stemmer } from 'stemmer'

/**
 * English text as the search sees it: words, lower case, without diacritics, British -ise
 * spelled -ize, stopwords dropped, Porter-stemmed (incubator, incubators, incubation → incub).
 */

const STOPWORDS = new Set(
  ('a an and are as at be been being but by can could do does did for from get gets had has have how i if in into is it its me my no not of on or our ours ' +
    'should so than that the their them then there these they this those to up us was we were what when where which while who whom why will with would you your ' +
    'yours about any all also am each other per such via please tell show find want need apply applying application').split(' '),
)

// Letters and digits in any script; the same in ASCII text, where they need not cost the
// millisecond that compiling Unicode's classes takes.
const WORD = /[rR]&[dD]|[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu
const ASCII_WORD = /[rR]&[dD]|[A-Za-z0-9]+(?:'[A-Za-z]+)?/g

/** The words of `text` that are not stopwords, normalized (before stemming), with their offsets in it. */
export function englishWords(text: string): { word: string; start: number; end: number }[] {
  const words: ReturnType<typeof englishWords> = []
  const ascii = /^[\x00-\x7f]*$/.test(text)
  for (const { 0: written, index } of text.matchAll(ascii ? ASCII_WORD : WORD)) {
    let w = written.toLowerCase()
    if (!ascii) w = w.normalize('NFKD').replace(/\p{M}/gu, '')
    w = w === 'r&d' ? 'rd' : w.replace(/['’]s$/, '').replace(/['’]/g, '')
    // British spelling: organisation, specialised, commercialise → -iz-.
    if (w.length > 5) w = w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
    if (w && !STOPWORDS.has(w)) words.push({ word: w, start: index, end: index + written.length })
  }
  return words
}

/** The stems of the words of `text` (stopwords dropped). */
export const englishStems = (text: string) => englishWords(text).map(({ word }) => stem(word))

/** Porter (1980), "An algorithm for suffix stripping", as the `stemmer` package implements it; other words as they are. */
export const stem = (word: string) => (/^[a-z]{3,}$/.test(word) ? stemmer(word) : word)
