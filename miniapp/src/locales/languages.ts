// The list and the default are the API's own (one copy, shared with the worker): the picker offers
// exactly the languages the API serves, in the same order.
import { defaultLanguage, languages, type Language } from '../../../i18n/languages.ts'

export { defaultLanguage, languages }
export type { Language }

/** Each language named in itself, as language pickers do: the same in every UI language. */
export const nativeNames: Readonly<Record<Language, string>> = {
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  'zh-Hant-TW': '繁體中文（台灣）',
  'zh-Hant-HK': '繁體中文（香港）',
  en: 'English',
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

/**
 * Maps a device language (WeChat gives zh_CN, zh_TW, zh_HK, en; browsers zh-CN, zh-Hant-TW,
 * en-US, …) onto one of ours. Other languages get English: a foreign investor's phone is more
 * likely to read English than Chinese.
 */
export function languageFromDevice(tag: string | undefined | null): Language {
  if (!tag) return defaultLanguage
  const t = tag.trim().toLowerCase().replace(/_/g, '-')
  if (t.startsWith('en')) return 'en'
  if (t === 'zh-tw' || t.startsWith('zh-hant-tw')) return 'zh-Hant-TW'
  if (t === 'zh-hk' || t === 'zh-mo' || t.startsWith('zh-hant-hk') || t.startsWith('zh-hant-mo')) return 'zh-Hant-HK'
  if (t.startsWith('zh-hant')) return 'zh-Hant'
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-Hans'
  return 'en'
}
