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

/** A template split once into literal text (even slots) and parameter names (odd slots). */
const compiled = new Map<string, string[]>()
function compile(template: string): string[] {
  let parts = compiled.get(template)
  if (!parts) {
    parts = template.split(PLACEHOLDER)
    compiled.set(template, parts)
  }
  return parts
}

/**
 * A count-dependent phrase, in ICU MessageFormat's plural syntax (the subset English needs):
 * `{count, plural, one {# error} other {# errors}}`, where # stands for the count.
 */
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g

export function fill(template: string, params?: Params): string {
  if (template.includes(', plural, ')) {
    template = template.replace(PLURAL, (_, name: string, one: string, other: string) =>
      (params && Number(params[name]) === 1 ? one : other).replaceAll('#', `{${name}}`),
    )
  }
  const parts = compile(template)
  if (parts.length === 1) return template
  let out = parts[0]!
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!
    out += (params && name in params ? String(params[name]) : `{${name}}`) + parts[i + 1]!
  }
  return out
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
