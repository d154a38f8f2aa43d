import { describe, expect, it } from 'vitest'
import { Utf8Writer } from '../../worker/lib/utf8-writer.ts'

const utf8 = new TextEncoder()
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('Utf8Writer', () => {
  it('writes text and kept chunks in order, as UTF-8', () => {
    const body = new Utf8Writer(8).text('{"a":').bytes(utf8.encode('"孵化器"')).text(',"b":"€ 𠀀"').bytes(utf8.encode('}')).finish()
    expect(decode(body)).toBe('{"a":"孵化器","b":"€ 𠀀"}')
    expect(body.byteLength).toBe(utf8.encode('{"a":"孵化器","b":"€ 𠀀"}').byteLength)
  })

  it('grows past its first capacity without losing bytes', () => {
    const w = new Utf8Writer(4)
    let expected = ''
    for (let i = 0; i < 500; i++) {
      const piece = i % 3 === 0 ? `春笋${i}` : `x${i}`
      expected += piece
      if (i % 2) w.text(piece)
      else w.bytes(utf8.encode(piece))
    }
    expect(decode(w.finish())).toBe(expected)
  })

  it('returns a buffer of exactly the bytes written', () => {
    const body = new Utf8Writer(1024).text('ok').finish()
    expect(body.byteLength).toBe(2)
    expect(body.buffer.byteLength).toBe(2)
  })
})
