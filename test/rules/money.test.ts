import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decimal, fenToYuan, multiply, toFen } from '../../rules/money.ts'

describe('money', () => {
  it.each([
    [0.005, 1n], [0.004, 0n], [0.015, 2n], [-0.005, -1n], [-0.004, 0n], [1.005, 101n], [2.675, 268n], [1e21, 100000000000000000000000n],
  ])('rounds %s yuan half away from zero to %s fen', (yuan, expected) => {
    expect(toFen(decimal(yuan))).toBe(expected)
  })

  it('reads numbers exactly as written, not as binary fractions', () => {
    expect(decimal(0.1)).toEqual({ units: 1n, scale: 1 })
    expect(decimal(1e-7)).toEqual({ units: 1n, scale: 7 })
    expect(toFen(multiply(decimal(0.1), decimal(3)))).toBe(30n)
  })

  it('never shows a floating-point artefact', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (fen) => {
        const yuan = fenToYuan(fen)
        expect(String(yuan)).toMatch(/^\d+(\.\d{1,2})?$/)
        expect(toFen(decimal(yuan))).toBe(fen)
      }),
    )
  })

  it('refuses non-finite numbers', () => {
    expect(() => decimal(Number.NaN)).toThrow(RangeError)
    expect(() => decimal(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})
