import { describe, expect, it } from 'vitest'
import { cacheLimit, clearCache, readCache, writeCache } from '../../miniapp/src/services/storage.ts'
import { storage } from './shims/taro.ts'

const cacheEntries = () => [...storage.keys()].filter((k) => k.startsWith('cache:'))

describe('the offline copy of responses', () => {
  it(`keeps the ${cacheLimit} most recently saved responses and lets the oldest go`, () => {
    for (let i = 0; i < cacheLimit + 5; i++) writeCache(`eligibility:en:${i}`, { i }, 1000 + i)
    expect(cacheEntries()).toHaveLength(cacheLimit)
    for (let i = 0; i < 5; i++) expect(readCache(`eligibility:en:${i}`)).toBeUndefined()
    expect(readCache(`eligibility:en:5`)).toEqual({ savedAt: 1005, data: { i: 5 } })
    expect(readCache(`eligibility:en:${cacheLimit + 4}`)?.data).toEqual({ i: cacheLimit + 4 })
  })

  it('counts a response saved again as new: the page read every day stays', () => {
    writeCache('policy:zh-Hans', 'home', 1)
    for (let i = 0; i < cacheLimit * 2; i++) {
      writeCache(`eligibility:zh-Hans:${i}`, i, 10 + i)
      if (i % 10 === 0) writeCache('policy:zh-Hans', 'home', 10 + i)
    }
    expect(readCache('policy:zh-Hans')?.data).toBe('home')
    expect(cacheEntries()).toHaveLength(cacheLimit)
  })

  it('forgets every saved response on request, and leaves other settings alone', () => {
    storage.set('settings:language', 'en')
    writeCache('policy:en', {})
    writeCache('measures:en', {})
    clearCache()
    expect(cacheEntries()).toEqual([])
    expect([...storage.keys()]).toEqual(['settings:language'])
  })
})
