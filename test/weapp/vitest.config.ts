import { defineConfig } from 'vitest/config'

// Checks of the mini-program's release configuration, in Node. The WeChat-runtime smoke test
// (smoke.ts) is a script of its own: npm run test:weapp runs both.
export default defineConfig({ test: { include: ['test/weapp/**/*.test.ts'], environment: 'node' } })
