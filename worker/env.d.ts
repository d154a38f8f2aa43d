// Types for the Workers runtime: the main module's exports (used by tests via
// `exports.default.fetch`) and the bindings declared in wrangler.toml.
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('./index.ts')
  }
  interface Env extends import('./lib/context.ts').Bindings {}
}

/** Generated JSON as a Data module: its bytes (lib/data.ts). */
declare module '*.bin' {
  const bytes: ArrayBuffer
  export default bytes
}
