import { decimal, fen as toFenFromYuan, type Decimal } from '../../rules/money.ts'
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

/** A yuan amount's sign, whole yuan and fraction digits (no trailing zeros). */
function yuanParts(value: Decimal): { sign: string; whole: bigint; fraction: string } {
  const negative = value.units < 0n
  const magnitude = negative ? -value.units : value.units
  const divisor = 10n ** BigInt(value.scale)
  const fraction = value.scale > 0 ? (magnitude % divisor).toString().padStart(value.scale, '0').replace(/0+$/, '') : ''
  return { sign: negative ? '-' : '', whole: magnitude / divisor, fraction }
}

/**
 * How a response writes amounts of money; one response uses one style.
 * - `scaled`: amounts that reach 万 (in English, a million) in the largest unit that takes at most
 *   two decimals — 43.8万元, 1.25亿元, CNY 2.5 million — and smaller ones in yuan as they are
 *   (5000元, CNY 438,000);
 * - `plain`: every amount in yuan, digits grouped in thousands (2,463,750元, 1,314,000元).
 * `scaled` reads best, but only when every amount fits it: see moneyStyle.
 */
export type MoneyStyle = 'scaled' | 'plain'

/** The smallest unit money is scaled to, and what an amount that reaches it must be a multiple of (yuan) to take at most two decimals. */
const SCALE_FLOOR = { zh: { unit: 10_000n, step: 100n }, en: { unit: 1_000_000n, step: 10_000n } } as const
const floorOf = (language: Translator['language']) => (language === 'en' ? SCALE_FLOOR.en : SCALE_FLOOR.zh)

/** Whether an amount (yuan, exact) can be written in the scaled style. */
function fitsScaled(value: Decimal, language: Translator['language']): boolean {
  const { whole, fraction } = yuanParts(value)
  const { unit, step } = floorOf(language)
  return whole < unit || (fraction === '' && whole % step === 0n)
}

/** `scaled` when every amount a response writes fits it, else `plain` (amounts in yuan, exact decimals). */
export function moneyStyle(amounts: Iterable<Decimal>, language: Translator['language']): MoneyStyle {
  for (const amount of amounts) if (!fitsScaled(amount, language)) return 'plain'
  return 'scaled'
}

/** The amount in a unit (万, 亿, 万亿; million), when it reaches one and takes at most two decimals there. */
function inUnit(sign: string, yuan: bigint, t: Translator): string | undefined {
  if (t.language === 'en') {
    // The profile allows up to CNY 1 trillion: "CNY 1 trillion", not "CNY 1,000,000 million".
    if (yuan >= 1_000_000_000_000n && yuan % 10_000_000_000n === 0n) return t('unit.yuan', { n: `${sign}${scaledText(yuan, 12)} trillion` })
    if (yuan < 1_000_000n || yuan % 10_000n !== 0n) return undefined
    const [whole = '0', fraction] = scaledText(yuan, 6).split('.')
    return t('unit.yuan', { n: `${sign}${grouped(whole)}${fraction ? `.${fraction}` : ''} million` })
  }
  if (yuan >= 1_000_000_000_000n && yuan % 10_000_000_000n === 0n) return t('unit.wan-yi-yuan', { n: `${sign}${scaledText(yuan, 12)}` })
  if (yuan >= 100_000_000n && yuan % 1_000_000n === 0n) return t('unit.yi-yuan', { n: `${sign}${scaledText(yuan, 8)}` })
  if (yuan >= 10_000n && yuan % 100n === 0n) return t('unit.wan-yuan', { n: `${sign}${scaledText(yuan, 4)}` })
  return undefined
}

/**
 * Whole yuan digits: grouped in thousands in English and in the plain style; in the scaled
 * style Chinese writes the small amounts left in yuan as they are (5000元, as 1000万元 is written).
 */
function yuanDigits(yuan: bigint, t: Translator, style: MoneyStyle): string {
  const { unit } = floorOf(t.language)
  return t.language === 'en' || style === 'plain' || yuan >= unit ? grouped(yuan.toString()) : yuan.toString()
}

/**
 * Money for people, per language and style: 1亿元 / 1億元 / CNY 100 million; 43.8万元 /
 * CNY 438,000; amounts with fen keep both decimals (1,234.50元). Input is whole fen, so nothing is
 * rounded here.
 */
export function formatFen(amount: bigint, t: Translator, style: MoneyStyle = 'scaled'): string {
  const negative = amount < 0n
  const magnitude = negative ? -amount : amount
  const sign = negative ? '-' : ''
  const yuan = magnitude / 100n
  const cents = magnitude % 100n
  if (cents !== 0n) return t('unit.yuan', { n: `${sign}${yuanDigits(yuan, t, style)}.${cents.toString().padStart(2, '0')}` })
  if (style === 'scaled') {
    const scaled = inUnit(sign, yuan, t)
    if (scaled) return scaled
  }
  return t('unit.yuan', { n: `${sign}${yuanDigits(yuan, t, style)}` })
}

export const formatYuan = (yuan: number, t: Translator, style?: MoneyStyle) => formatFen(toFenFromYuan(yuan), t, style)

/** An amount a client sent, shown exactly as given even below the fen (1,234.5678), never rounded. */
export function formatYuanAsGiven(yuan: number, t: Translator, style: MoneyStyle = 'scaled'): string {
  const exact = decimal(yuan)
  if (exact.scale <= 2) return formatYuan(yuan, t, style)
  const { whole } = yuanParts(exact)
  const group = t.language === 'en' || style === 'plain' || whole >= floorOf(t.language).unit
  return t('unit.yuan', { n: formatNumber(yuan, t, group) })
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/**
 * A plain number, exactly as given (the shortest decimal that reads back as it; never rounded):
 * grouped in English (1,000 m²), as written in Chinese (1000平方米) unless `group` says otherwise
 * (money in the plain style). Below 10⁻¹² it is written
 * with a power of ten (5×10⁻³²⁴), which says the same without hundreds of zeros.
 */
export function formatNumber(value: number, t: Translator, group = t.language === 'en'): string {
  if (Number.isSafeInteger(value)) {
    const whole = String(value === 0 ? 0 : value)
    return group ? grouped(whole) : whole
  }
  if (value !== 0 && Math.abs(value) < 1e-12) {
    const [mantissa, exponent = ''] = value.toExponential().split('e')
    return `${mantissa}×10${exponent.replace(/[-\d]/g, (ch) => (ch === '-' ? '⁻' : SUPERSCRIPT[Number(ch)]!))}`
  }
  const { units, scale } = decimal(value)
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0')
  const plain = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`
  const [whole = '0', fraction] = `${units < 0n ? '-' : ''}${plain}`.split('.')
  const body = group ? grouped(whole) : whole
  return fraction ? `${body}.${fraction}` : body
}

export function formatQuantity(value: number, unit: Parameter['unit'], t: Translator): string {
  if (unit === 'CNY') return formatYuan(value, t)
  return t(`unit.${unit === 'CNY/m2/day' ? 'rent-rate' : unit}`, { n: formatNumber(value, t) })
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
