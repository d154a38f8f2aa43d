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

// Porter (1980), "An algorithm for suffix stripping", after Martin Porter's reference JavaScript.
const c = '[^aeiou]'
const v = '[aeiouy]'
const C = `${c}[^aeiouy]*`
const V = `${v}[aeiou]*`
const mGreater0 = new RegExp(`^(${C})?${V}${C}`)
const mEquals1 = new RegExp(`^(${C})?${V}${C}(${V})?$`)
const mGreater1 = new RegExp(`^(${C})?${V}${C}${V}${C}`)
const hasVowel = new RegExp(`^(${C})?${v}`)
const cvc = new RegExp(`^${C}${v}[^aeiouwxy]$`)

const step2: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al', entli: 'ent', eli: 'e',
  ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous',
  aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
}
const step3: Record<string, string> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' }
const step2Suffix = new RegExp(`^(.+?)(${Object.keys(step2).join('|')})$`)
const step3Suffix = new RegExp(`^(.+?)(${Object.keys(step3).join('|')})$`)
const step4Suffix = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/

export function stem(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word
  let w = word[0] === 'y' ? `Y${word.slice(1)}` : word
  let m: RegExpExecArray | null

  // Step 1a: plurals
  if ((m = /^(.+?)(ss|i)es$/.exec(w) ?? /^(.+?)([^s])s$/.exec(w))) w = m[1]! + m[2]!

  // Step 1b: -eed, -ed, -ing
  if ((m = /^(.+?)eed$/.exec(w))) {
    if (mGreater0.test(m[1]!)) w = w.slice(0, -1)
  } else if ((m = /^(.+?)(ed|ing)$/.exec(w)) && hasVowel.test(m[1]!)) {
    w = m[1]!
    if (/(at|bl|iz)$/.test(w) || cvc.test(w)) w += 'e'
    else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1)
  }

  // Step 1c: y → i
  if ((m = /^(.+?)y$/.exec(w)) && hasVowel.test(m[1]!)) w = `${m[1]}i`

  // Steps 2 and 3: double and single suffixes
  if ((m = step2Suffix.exec(w)) && mGreater0.test(m[1]!)) w = m[1]! + step2[m[2]!]
  if ((m = step3Suffix.exec(w)) && mGreater0.test(m[1]!)) w = m[1]! + step3[m[2]!]

  // Step 4: residual suffixes
  if ((m = step4Suffix.exec(w))) {
    if (mGreater1.test(m[1]!)) w = m[1]!
  } else if ((m = /^(.+?)(s|t)(ion)$/.exec(w)) && mGreater1.test(m[1]! + m[2]!)) w = m[1]! + m[2]!

  // Step 5: final -e and -ll
  if ((m = /^(.+?)e$/.exec(w)) && (mGreater1.test(m[1]!) || (mEquals1.test(m[1]!) && !cvc.test(m[1]!)))) w = m[1]!
  if (/ll$/.test(w) && mGreater1.test(w)) w = w.slice(0, -1)

  return w[0] === 'Y' ? `y${w.slice(1)}` : w
}
