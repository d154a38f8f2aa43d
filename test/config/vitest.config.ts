import { defineConfig } from 'vitest/config'

// Checks of the project's configuration, in Node (they read wrangler.toml through wrangler itself).
export default defineConfig({ test: { include: ['test/config/**/*.test.ts'], environment: 'node' } })
