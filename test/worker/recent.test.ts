import { describe, expect, it } from 'vitest'
import { RecentCache } from '../../worker/lib/recent.ts'

const bytes = (n: number) => new Uint8Array(n)

describe('RecentCache', () => {
  it('returns what was kept, and nothing for unknown keys', () => {
    const cache = new RecentCache<Uint8Array>(1000, 10)
    const value = bytes(3)
    cache.set('a', value)
    expect(cache.get('a')).toBe(value)
    expect(cache.get('b')).toBeUndefined()
  })

  it('drops the least recently used first when the byte budget is reached (keys count two bytes a character)', () => {
    // Each entry costs 2 (key) + 48 = 50 bytes; 150 bytes hold three.
    const cache = new RecentCache<Uint8Array>(150, 10)
    cache.set('a', bytes(48))
    cache.set('b', bytes(48))
    cache.set('c', bytes(48))
    expect(cache.get('a')).toBeDefined() // a is now the most recent
    cache.set('d', bytes(48))
    expect(cache.get('b')).toBeUndefined()
    expect([cache.get('a'), cache.get('c'), cache.get('d')].every(Boolean)).toBe(true)
    expect(cache.size).toBe(3)
  })

  it('replaces a key in place, freeing its old size', () => {
    const cache = new RecentCache<Uint8Array>(100, 10)
    cache.set('a', bytes(90))
    cache.set('a', bytes(10))
    cache.set('b', bytes(60))
    expect(cache.get('a')!.byteLength).toBe(10)
    expect(cache.get('b')).toBeDefined()
  })

  it('neither keeps nor looks up keys over the length limit, nor keeps a value larger than the budget', () => {
    const cache = new RecentCache<Uint8Array>(100, 4)
    cache.set('12345', bytes(1))
    expect(cache.get('12345')).toBeUndefined()
    cache.set('k', bytes(10))
    cache.set('big', bytes(200))
    expect(cache.get('big')).toBeUndefined()
    expect(cache.get('k')).toBeDefined()
    expect(cache.size).toBe(1)
  })
})
