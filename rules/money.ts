/**
 * Exact decimal arithmetic for money. A value is `units / 10^scale` with `units` a BigInt, so
 * 1.5 × 800 × 365 is computed without binary floating point. Amounts leave the engine as whole
 * fen (0.01 yuan), rounded half away from zero, and become yuan numbers only at the edge.
 */
export interface Decimal {
  readonly units: bigint
  readonly scale: number
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i

/** The exact decimal a JS number was written as (its shortest round-trip form). */
export function decimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`)
  // Integers (most inputs) need no parsing; -0 is 0.
  if (Number.isSafeInteger(value)) return { units: BigInt(value), scale: 0 }
  const match = NUMBER_TEXT.exec(String(value))
  if (!match) throw new RangeError(`cannot read number: ${value}`)
  const [, sign, whole, fraction = '', exponentText = '0'] = match
  let units = BigInt(whole + fraction)
  let scale = fraction.length - Number(exponentText)
  if (scale < 0) {
    units *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { units: sign === '-' ? -units : units, scale }
}

export const integer = (value: bigint): Decimal => ({ units: value, scale: 0 })

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale }
}

function align(a: Decimal, b: Decimal): [bigint, bigint] {
  const scale = Math.max(a.scale, b.scale)
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale)]
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b)
  return x < y ? -1 : x > y ? 1 : 0
}

export const min = (a: Decimal, b: Decimal): Decimal => (compare(a, b) <= 0 ? a : b)

/** Yuan → whole fen, rounding half away from zero (0.005 → 0.01, −0.005 → −0.01). */
export function toFen(yuan: Decimal): bigint {
  const scaled = yuan.units * 100n
  if (yuan.scale === 0) return scaled
  const divisor = 10n ** BigInt(yuan.scale)
  const magnitude = scaled < 0n ? -scaled : scaled
  const quotient = magnitude / divisor
  const rounded = (magnitude % divisor) * 2n >= divisor ? quotient + 1n : quotient
  return scaled < 0n ? -rounded : rounded
}

export const fen = (yuan: number): bigint => toFen(decimal(yuan))

/**
 * Fen → a yuan number for JSON. Dividing an integer by 100 yields the double nearest to the
 * two-decimal value, whose shortest form prints exactly that value (no 0.30000000000000004).
 */
export function fenToYuan(amount: bigint): number {
  if (amount > BigInt(Number.MAX_SAFE_INTEGER) || amount < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError('amount too large to serve exactly')
  }
  return Number(amount) / 100
}
