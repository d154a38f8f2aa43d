/**
 * The most recently used values, up to a budget of bytes (keys count too); the least recently used
 * go first. For responses that are a pure function of their key within one isolate's deployment.
 */
/** UTF-16 keys take two bytes a code unit. */
const sizeOf = (key: string, value: { byteLength: number }): number => key.length * 2 + value.byteLength

export class RecentCache<V extends { byteLength: number }> {
  private readonly entries = new Map<string, V>()
  private bytes = 0
  private readonly budgetBytes: number
  /** Keys longer than this are neither looked up nor kept (one entry must not evict the rest). */
  readonly maxKeyLength: number

  constructor(budgetBytes: number, maxKeyLength: number) {
    this.budgetBytes = budgetBytes
    this.maxKeyLength = maxKeyLength
  }

  get size(): number {
    return this.entries.size
  }

  get(key: string): V | undefined {
    if (key.length > this.maxKeyLength) return undefined
    const value = this.entries.get(key)
    if (value !== undefined) {
      // Map keeps insertion order: re-inserting makes this the most recent.
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  set(key: string, value: V): void {
    if (key.length > this.maxKeyLength) return
    const cost = sizeOf(key, value)
    if (cost > this.budgetBytes) return
    const previous = this.entries.get(key)
    if (previous !== undefined) {
      this.entries.delete(key)
      this.bytes -= sizeOf(key, previous)
    }
    while (this.bytes + cost > this.budgetBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value!
      this.entries.delete(oldestKey)
      this.bytes -= sizeOf(oldestKey, oldest)
    }
    this.entries.set(key, value)
    this.bytes += cost
  }

}
