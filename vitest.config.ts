import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Worker, rules and i18n tests run inside workerd, through the real fetch handler.
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: {
    include: ['test/{rules,i18n,worker}/**/*.test.ts'],
  },
})
