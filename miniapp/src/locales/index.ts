import type { Language } from './languages.ts'
import type { Messages } from './messages.ts'
import { en } from './en.ts'
import { zhHans } from './zh-Hans.ts'
import { zhHant } from './generated/zh-Hant.ts'
import { zhHantHK } from './generated/zh-Hant-HK.ts'
import { zhHantTW } from './generated/zh-Hant-TW.ts'

export type { Messages }
export * from './languages.ts'

export const catalogs: Readonly<Record<Language, Messages>> = {
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  'zh-Hant-TW': zhHantTW,
  'zh-Hant-HK': zhHantHK,
  en,
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

const trimZeros = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text)

function groupThousands(value: number, fractionDigits = 2): string {
  const [int, frac] = trimZeros(value.toFixed(fractionDigits)).split('.')
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '')
}

/**
 * Money for the form's live preview (the API writes the amounts of results itself). Chinese
 * counts in 万 and 亿; English in millions. No Intl: WeChat's JS engines differ in support.
 */
export function formatYuan(value: number, language: Language, messages: Messages): string {
  if (language === 'en') {
    if (value >= 1_000_000) return format(messages.money.million, { n: groupThousands(value / 1_000_000, 4) })
    return format(messages.money.yuan, { n: groupThousands(value) })
  }
  if (value >= 100_000_000) return format(messages.money.yi, { n: trimZeros((value / 100_000_000).toFixed(4)) })
  if (value >= 10_000) return format(messages.money.wan, { n: trimZeros((value / 10_000).toFixed(4)) })
  return format(messages.money.yuan, { n: trimZeros(value.toFixed(2)) })
}
