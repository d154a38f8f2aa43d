import { decimal, fen as toFenFromYuan } from '../../rules/money.ts'
import type { Parameter } from '../../rules/parameters.ts'
import type { Translator } from './messages.ts'

/** Digits of a non-negative integer with thousands separators. */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** `units / 10^places` as a decimal string without trailing zeros (438000 / 10^4 → "43.8"). */
function scaledText(units: bigint, places: number): string {
  const text = units.toString().padStart(places + 1, '0')
  const whole = text.slice(0, text.length - places)
  const fraction = text.slice(text.length - places).replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : whole
}

/**
 * Money for people, per language: 1亿元 / 1億元 / CNY 100 million; 43.8万元 / CNY 438,000;
 * amounts with fen keep both decimals (1,234.50元). Input is whole fen, so nothing is rounded here.
 */
export function formatFen(amount: bigint, t: Translator): string {
  const negative = amount < 0n
  const magnitude = negative ? -amount : amount
  const sign = negative ? '-' : ''
  const yuan = magnitude / 100n
  const cents = magnitude % 100n
  if (cents !== 0n) {
    const text = `${sign}${grouped(yuan.toString())}.${cents.toString().padStart(2, '0')}`
    return t('unit.yuan', { n: text })
  }
  if (t.language === 'en') {
    if (yuan >= 1_000_000n && yuan % 10_000n === 0n) {
      const [whole = '0', fraction] = scaledText(yuan, 6).split('.')
      return t('unit.yuan', { n: `${sign}${grouped(whole)}${fraction ? `.${fraction}` : ''} million` })
    }
    return t('unit.yuan', { n: `${sign}${grouped(yuan.toString())}` })
  }
  // 万 and 亿 read well with at most two decimals (43.8万元, 1.25亿元); otherwise write it out.
  if (yuan >= 1_000_000_000_000n && yuan % 10_000_000_000n === 0n) return t('unit.wan-yi-yuan', { n: `${sign}${scaledText(yuan, 12)}` })
  if (yuan >= 100_000_000n && yuan % 1_000_000n === 0n) return t('unit.yi-yuan', { n: `${sign}${scaledText(yuan, 8)}` })
  if (yuan >= 10_000n && yuan % 100n === 0n) return t('unit.wan-yuan', { n: `${sign}${scaledText(yuan, 4)}` })
  return t('unit.yuan', { n: `${sign}${grouped(yuan.toString())}` })
}

export const formatYuan = (yuan: number, t: Translator) => formatFen(toFenFromYuan(yuan), t)

/** An amount a client sent, shown exactly as given even below the fen (1,234.5678), never rounded. */
export function formatYuanAsGiven(yuan: number, t: Translator): string {
  const exact = decimal(yuan)
  if (exact.scale <= 2) return formatYuan(yuan, t)
  return t('unit.yuan', { n: formatNumber(yuan, t) })
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/**
 * A plain number, exactly as given (the shortest decimal that reads back as it; never rounded):
 * grouped in English (1,000 m²), as written in Chinese (1000平方米). Below 10⁻¹² it is written
 * with a power of ten (5×10⁻³²⁴), which says the same without hundreds of zeros.
 */
export function formatNumber(value: number, t: Translator): string {
  if (Number.isSafeInteger(value)) {
    const whole = String(value === 0 ? 0 : value)
    return t.language === 'en' ? grouped(whole) : whole
  }
  if (value !== 0 && Math.abs(value) < 1e-12) {
    const [mantissa, exponent = ''] = value.toExponential().split('e')
    return `${mantissa}×10${exponent.replace(/[-\d]/g, (ch) => (ch === '-' ? '⁻' : SUPERSCRIPT[Number(ch)]!))}`
  }
  const { units, scale } = decimal(value)
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0')
  const plain = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`
  const [whole = '0', fraction] = `${units < 0n ? '-' : ''}${plain}`.split('.')
  const body = t.language === 'en' ? grouped(whole) : whole
  return fraction ? `${body}.${fraction}` : body
}

export function formatQuantity(value: number, unit: Parameter['unit'], t: Translator): string {
  const n = formatNumber(value, t)
  switch (unit) {
    case 'CNY':
      return formatYuan(value, t)
    case 'percent':
      return t('unit.percent', { n })
    case 'ratio':
      return t('unit.ratio', { n })
    case 'CNY/m2/day':
      return t('unit.rent-rate', { n })
    case 'm2':
      return t('unit.m2', { n })
    case 'years':
      return t('unit.years', { n })
    case 'persons':
      return t('unit.persons', { n })
    case 'days':
      return t('unit.days', { n })
    case 'enterprises':
      return t('unit.enterprises', { n })
  }
}

/** "单个项目最高1亿元" / "up to CNY 100 million per project". */
export function formatFigure(
  figure: Pick<Parameter, 'value' | 'unit' | 'bound'> & { period?: string },
  t: Translator,
): string {
  const value = formatQuantity(figure.value, figure.unit, t)
  // Durations are "at most so long" (最长3年), not "at most so high" (最高).
  const bound = figure.unit === 'years' && figure.bound === 'at-most' ? 'at-most-duration' : figure.bound
  const bounded = t(`bound.${bound}`, { value })
  return figure.period ? (t.maybe(`period.${figure.period}`, { text: bounded }) ?? bounded) : bounded
}
