import { useCallback, useEffect, useRef, useState } from 'react'
import type { HttpError, HttpResult } from '../services/http.ts'
import { readCache, writeCache } from '../services/storage.ts'

export interface ResourceState<T> {
  data: T | undefined
  /** Set when the last load failed and `data`, if any, is what was saved earlier. */
  error: HttpError | undefined
  loading: boolean
  /** When `data` came from storage because the network failed: the time it was saved. */
  offlineSince: number | undefined
}

/**
 * Loads one API resource, stale-while-revalidate: what storage holds for the key shows at once,
 * the network answer replaces it, and a failure keeps the saved copy with a notice. Results of
 * loads that a newer key has overtaken are dropped.
 */
export function useResource<T>(key: string | null, load: () => Promise<HttpResult<T>>) {
  const [state, setState] = useState<ResourceState<T>>(() => {
    const cached = key ? readCache<T>(key) : undefined
    return { data: cached?.data, error: undefined, loading: key !== null, offlineSince: undefined }
  })
  const latest = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const reload = useCallback(async () => {
    if (key === null) return
    const ticket = ++latest.current
    const cached = readCache<T>(key)
    setState((s) => ({ ...s, data: s.data ?? cached?.data, loading: true }))
    const result = await loadRef.current()
    if (ticket !== latest.current) return
    if (result.ok) {
      writeCache(key, result.data)
      setState({ data: result.data, error: undefined, loading: false, offlineSince: undefined })
    } else {
      // Only a network failure falls back to storage; a 4xx answer is the truth about this request.
      const fallback = result.error.kind === 'network' ? cached : undefined
      setState({ data: fallback?.data, error: result.error, loading: false, offlineSince: fallback?.savedAt })
    }
  }, [key])

  useEffect(() => {
    if (key === null) return
    // Show what storage holds for the new key at once (e.g. after a language switch).
    const cached = readCache<T>(key)
    setState({ data: cached?.data, error: undefined, loading: true, offlineSince: undefined })
    void reload()
  }, [key, reload])

  return { ...state, reload }
}
