const utf8 = new TextEncoder()

/**
 * Builds a UTF-8 body from byte chunks kept across requests and a little fresh text. Text is
 * gathered and encoded once per run between chunks, so a body mostly made of cached chunks is
 * mostly copied, not encoded.
 */
export class Utf8Writer {
  private buffer: Uint8Array
  private length = 0
  private pending = ''

  constructor(capacity = 16 * 1024) {
    this.buffer = new Uint8Array(capacity)
  }

  text(text: string): this {
    this.pending += text
    return this
  }

  bytes(chunk: Uint8Array): this {
    this.flush()
    this.reserve(chunk.byteLength)
    this.buffer.set(chunk, this.length)
    this.length += chunk.byteLength
    return this
  }

  /** The bytes written, in a buffer of their own. */
  finish(): Uint8Array {
    this.flush()
    return this.buffer.slice(0, this.length)
  }

  private flush(): void {
    if (this.pending === '') return
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    this.reserve(this.pending.length * 3)
    this.length += utf8.encodeInto(this.pending, this.buffer.subarray(this.length)).written
    this.pending = ''
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.byteLength) return
    const grown = new Uint8Array(Math.max(this.buffer.byteLength * 2, this.length + bytes))
    grown.set(this.buffer.subarray(0, this.length))
    this.buffer = grown
  }
}
