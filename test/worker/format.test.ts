import { describe, expect, it } from 'vitest'
import { formatFen, formatNumber, formatYuanAsGiven } from '../../worker/lib/format.ts'
import { translator } from '../../worker/lib/messages.ts'

const en = await translator('en')
const zh = await translator('zh-Hans')

describe('numbers a client sent are shown exactly as given, never rounded', () => {
  it.each([
    [800, '800', '800'],
    [12_345, '12,345', '12345'],
    [1.8, '1.8', '1.8'],
    [0.0000001, '0.0000001', '0.0000001'],
    [1234.5678, '1,234.5678', '1234.5678'],
    [0.000000000001, '0.000000000001', '0.000000000001'],
    [1.4287592936307192, '1.4287592936307192', '1.4287592936307192'],
    [1.5e-13, '1.5×10⁻¹³', '1.5×10⁻¹³'],
    [-2.5e-20, '-2.5×10⁻²⁰', '-2.5×10⁻²⁰'],
    [5e-324, '5×10⁻³²⁴', '5×10⁻³²⁴'],
    [1e21, '1,000,000,000,000,000,000,000', '1000000000000000000000'],
  ])('%s reads %s in English and %s in Chinese', (value, english, chinese) => {
    expect(formatNumber(value, en)).toBe(english)
    expect(formatNumber(value, zh)).toBe(chinese)
  })

  it('writes the largest amounts in trillions in English, as Chinese writes 万亿', () => {
    expect(formatFen(100_000_000_000_000n, en)).toBe('CNY 1 trillion')
    expect(formatFen(100_000_000_000_000n, zh)).toBe('1万亿元')
    expect(formatFen(2_500_000_000n, en)).toBe('CNY 25 million')
  })

  it('keeps amounts below a fen as given', () => {
    expect(formatYuanAsGiven(5e-324, en)).toBe('CNY 5×10⁻³²⁴')
    expect(formatYuanAsGiven(0.005, zh)).toBe('0.005元')
  })
})
