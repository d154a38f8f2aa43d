import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// The static files of /docs/ and /app/ (wrangler.toml [assets]): workerd needs their directory and
// test/worker/assets.test.ts reads them. Builds what is missing or stale (npm run assets).
execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', fileURLToPath(new URL('./scripts/build-assets.ts', import.meta.url))], { stdio: 'inherit' })

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
