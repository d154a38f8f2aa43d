/**
 * English text as the search sees it: words, lower case, without diacritics, British -ise
 * spelled -ize, stopwords dropped, Porter-stemmed (incubator, incubators, incubation → incub).
 */

export interface EnglishToken {
  stem: string
  /** Offsets of the word in the source text (UTF-16 code units). */
  start: number
  end: number
}

const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could do does did for from get gets had has have how i if in into is it its ' +
    'me my no not of on or our ours should so than that the their them then there these they this those to up us was we ' +
    'were what when where which while who whom why will with would you your yours about any all also am each other per ' +
    'such via please tell show find want need apply applying application'
  ).split(' '),
)

const WORD = /r&d|[\p{L}\p{N}]+(?:['’]\p{L}+)?/giu
const MARKS = /\p{M}/gu

export const isStopword = (word: string) => STOPWORDS.has(word)

/** The normalized form of one word, before stemming. */
function normalizeWord(word: string): string {
  let w = word.toLowerCase()
  if (!/^[\x00-\x7f]*$/.test(w)) w = w.normalize('NFKD').replace(MARKS, '')
  if (w === 'r&d') return 'rd'
  w = w.replace(/['’]s$/, '').replace(/['’]/g, '')
  // British spelling: organisation, specialised, commercialise → -iz-.
  if (w.length > 5) w = w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
  return w
}

/** Every non-stopword word of `text`, stemmed, with its offsets. */
export function englishTokens(text: string): EnglishToken[] {
  const tokens: EnglishToken[] = []
  for (const match of text.matchAll(WORD)) {
    const stem = stemOf(match[0])
    if (stem !== null) tokens.push({ stem, start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

const stems = new Map<string, string | null>()
const STEM_CACHE_LIMIT = 20_000

/** A word as written → its stem, or null for a stopword. Words repeat (the index's, common queries): remember them, up to a bound. */
function stemOf(written: string): string | null {
  let result = stems.get(written)
  if (result === undefined) {
    const word = normalizeWord(written)
    result = !word || STOPWORDS.has(word) ? null : stem(word)
    if (stems.size < STEM_CACHE_LIMIT) stems.set(written, result)
  }
  return result
}

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
const doubleConsonant = /([^aeiouylsz])\1$/

const step2: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al', entli: 'ent', eli: 'e',
  ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous',
  aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
}
const step3: Record<string, string> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' }
const step2Suffix = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/
const step3Suffix = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/
const step4Suffix = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/
const step4Ion = /^(.+?)(s|t)(ion)$/

export function stem(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word
  let w = word
  const initialY = w[0] === 'y'
  if (initialY) w = `Y${w.slice(1)}`

  // Step 1a: plurals
  let m: RegExpExecArray | null
  if ((m = /^(.+?)(ss|i)es$/.exec(w))) w = m[1]! + m[2]!
  else if ((m = /^(.+?)([^s])s$/.exec(w))) w = m[1]! + m[2]!

  // Step 1b: -eed, -ed, -ing
  if ((m = /^(.+?)eed$/.exec(w))) {
    if (mGreater0.test(m[1]!)) w = w.slice(0, -1)
  } else if ((m = /^(.+?)(ed|ing)$/.exec(w))) {
    const base = m[1]!
    if (hasVowel.test(base)) {
      w = base
      if (/(at|bl|iz)$/.test(w)) w += 'e'
      else if (doubleConsonant.test(w)) w = w.slice(0, -1)
      else if (cvc.test(w)) w += 'e'
    }
  }

  // Step 1c: y → i
  if ((m = /^(.+?)y$/.exec(w)) && hasVowel.test(m[1]!)) w = `${m[1]}i`

  // Steps 2 and 3: double and single suffixes
  if ((m = step2Suffix.exec(w)) && mGreater0.test(m[1]!)) w = m[1]! + step2[m[2]!]
  if ((m = step3Suffix.exec(w)) && mGreater0.test(m[1]!)) w = m[1]! + step3[m[2]!]

  // Step 4: residual suffixes
  if ((m = step4Suffix.exec(w))) {
    if (mGreater1.test(m[1]!)) w = m[1]!
  } else if ((m = step4Ion.exec(w))) {
    if (mGreater1.test(m[1]! + m[2]!)) w = m[1]! + m[2]!
  }

  // Step 5: final -e and -ll
  if ((m = /^(.+?)e$/.exec(w))) {
    const base = m[1]!
    if (mGreater1.test(base) || (mEquals1.test(base) && !cvc.test(base))) w = base
  }
  if (/ll$/.test(w) && mGreater1.test(w)) w = w.slice(0, -1)

  return initialY ? `y${w.slice(1)}` : w
}
