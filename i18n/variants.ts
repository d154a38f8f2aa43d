import * as OpenCC from 'opencc-js'
import { overrides, type GeneratedLanguage } from './overrides.ts'

/**
 * Traditional variants are generated from zh-Hans at build time (never per request: the
 * dictionaries are ~1 MB). The only difference from plain OpenCC output allowed is the
 * reviewed override list in overrides.ts.
 */
export const openccTarget = { 'zh-Hant': 'tw', 'zh-Hant-TW': 'twp', 'zh-Hant-HK': 'hk' } as const satisfies Record<
  GeneratedLanguage,
  'tw' | 'twp' | 'hk'
>

export function plainConverter(language: GeneratedLanguage): (text: string) => string {
  return OpenCC.Converter({ from: 'cn', to: openccTarget[language] })
}

export function applyOverrides(language: GeneratedLanguage, text: string): string {
  let result = text
  for (const { from, to } of overrides[language]) result = result.split(from).join(to)
  return result
}

export function generateCatalog<K extends string>(language: GeneratedLanguage, source: Readonly<Record<K, string>>): Record<K, string> {
  const convert = plainConverter(language)
  const out = {} as Record<K, string>
  for (const key of Object.keys(source) as K[]) out[key] = applyOverrides(language, convert(source[key]))
  return out
}
