import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Worker, rules and i18n tests run inside workerd, through the real fetch handler. Rate limiting
// and request logs are off here; test/worker/hardening.test.ts turns them on where it tests them.
export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: { bindings: { RATE_LIMIT: 'off', REQUEST_LOG: 'off' } },
    }),
  ],
  test: {
    include: ['test/{rules,i18n,worker}/**/*.test.ts'],
  },
})
