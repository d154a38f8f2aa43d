import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { storage } from './shims/taro.ts'

beforeEach(() => storage.clear())
afterEach(() => {
  cleanup()
  vi.clearAllMocks()
})
