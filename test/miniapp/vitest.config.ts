import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// Component and unit tests of the mini-program in jsdom. Taro's components and API, and NutUI
// (which is built on them), are replaced by small DOM shims: the code under test is ours.
export default defineConfig({
  root: here('../..'),
  resolve: {
    alias: [
      { find: /^@tarojs\/components$/, replacement: here('./shims/components.tsx') },
      { find: /^@tarojs\/taro$/, replacement: here('./shims/taro.ts') },
      { find: /^@nutui\/nutui-react-taro$/, replacement: here('./shims/nutui.tsx') },
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
