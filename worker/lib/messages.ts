import { zhHans, type Catalog, type MessageKey } from '../../i18n/zh-Hans.ts'
import { en } from '../../i18n/en.ts'
import zhHant from '../../i18n/generated/zh-Hant.json'
import zhHantTW from '../../i18n/generated/zh-Hant-TW.json'
import zhHantHK from '../../i18n/generated/zh-Hant-HK.json'
import type { Language } from './language.ts'

/** Generated catalogs are checked against the zh-Hans keys by the i18n tests. */
export const catalogs: Readonly<Record<Language, Catalog>> = {
  'zh-Hans': zhHans,
  'zh-Hant': zhHant as Catalog,
  'zh-Hant-TW': zhHantTW as Catalog,
  'zh-Hant-HK': zhHantHK as Catalog,
  en,
}

export type Params = Record<string, string | number>

const PLACEHOLDER = /\{(\w+)\}/g

export function fill(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** A translator bound to one language. */
export function translator(language: Language) {
  const catalog = catalogs[language]
  const t = (key: MessageKey, params?: Params) => fill(catalog[key], params)
  /** For keys assembled from data ids; falls back to undefined instead of throwing. */
  t.maybe = (key: string, params?: Params): string | undefined => {
    const template = (catalog as Record<string, string>)[key]
    return template === undefined ? undefined : fill(template, params)
  }
  t.language = language
  return t
}
export type Translator = ReturnType<typeof translator>
