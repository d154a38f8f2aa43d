import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// The typed client (client/) against the real worker: built once as it deploys, loaded in Node,
// its fetch handler passed to the client as `fetch`.
export default defineConfig({
  root: here('../..'),
  test: {
    name: 'client',
    environment: 'node',
    include: ['test/client/**/*.test.ts'],
    globalSetup: [here('./setup.ts')],
    // The bundle is loaded by Node itself, which scripts/lib/bundle.ts teaches its Data modules (*.bin).
    server: { deps: { external: [/\/\.tmp\//] } },
  },
})
