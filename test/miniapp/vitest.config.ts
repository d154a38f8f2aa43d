import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// Component and unit tests of the mini-program in jsdom. Taro's components and API are replaced
// by small DOM shims: the code under test is ours.
export default defineConfig({
  root: here('../..'),
  // Some tests run the worker in-process (api.ts); its *.bin imports are Data modules, whose
  // bytes workerd hands over as an ArrayBuffer: give vite the same.
  plugins: [
    {
      name: 'data-modules',
      enforce: 'pre',
      load(id) {
        const file = id.replace(/\?.*$/, '')
        if (!file.endsWith('.bin')) return undefined
        const base64 = readFileSync(file).toString('base64')
        return `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0)).buffer`
      },
    },
  ],
  resolve: {
    alias: [
      { find: /^@tarojs\/components$/, replacement: here('./shims/components.tsx') },
      { find: /^@tarojs\/taro$/, replacement: here('./shims/taro.ts') },
    ],
  },
  define: {
    'process.env.TARO_ENV': JSON.stringify('h5'),
    'process.env.TARO_APP_API_BASE': JSON.stringify('http://api.test'),
  },
  test: {
    name: 'miniapp',
    environment: 'jsdom',
    include: ['test/miniapp/**/*.test.{ts,tsx}'],
    setupFiles: [here('./setup.ts')],
  },
})
