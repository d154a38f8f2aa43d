import type { Catalog, MessageKey } from '../../i18n/zh-Hans.ts'
import { data } from './data.ts'
import type { Language } from './language.ts'

/**
 * Each language's catalog is a Data module (npm run i18n:build), read on first use: an isolate
 * parses only the languages it answers in. The i18n tests check them against the catalogs.
 */
const sources: Readonly<Record<Language, () => Promise<{ default: ArrayBuffer }>>> = {
  'zh-Hans': () => import('../generated/catalogs/zh-Hans.json.bin'),
  'zh-Hant': () => import('../generated/catalogs/zh-Hant.json.bin'),
  'zh-Hant-TW': () => import('../generated/catalogs/zh-Hant-TW.json.bin'),
  'zh-Hant-HK': () => import('../generated/catalogs/zh-Hant-HK.json.bin'),
  en: () => import('../generated/catalogs/en.json.bin'),
}

/** The catalogs loaded so far: the request's own language is, once the app's language middleware ran. */
export const catalogs: Partial<Record<Language, Catalog>> = {}
export const loadCatalog = async (language: Language) => (catalogs[language] ??= await data<Catalog>(sources[language]()))

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
export async function translator(language: Language) {
  const catalog = await loadCatalog(language)
  const t = (key: MessageKey, params?: Params) => fill(catalog[key], params)
  /** For keys assembled from data ids; falls back to undefined instead of throwing. */
  t.maybe = (key: string, params?: Params): string | undefined => {
    const template = (catalog as Record<string, string>)[key]
    return template === undefined ? undefined : fill(template, params)
  }
  t.language = language
  return t
}
export type Translator = Awaited<ReturnType<typeof translator>>
