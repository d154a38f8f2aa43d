import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'

/** One webpack module of the build: which output file carries it and what it was built from. */
export interface MappedModule {
  id: string | number
  /** Output files (relative to the build folder) that carry the module. */
  files: string[]
  /** Bytes of the module before minification, as webpack counts them. */
  size: number
  /** Source files, relative to the repository (several when webpack concatenated modules). */
  sources: string[]
}

interface Compilation {
  chunks: Iterable<{ files: Iterable<string> }>
  chunkGraph: {
    getChunkModulesIterable(chunk: unknown): Iterable<WebpackModule>
    getModuleId(module: WebpackModule): string | number
  }
}
interface WebpackModule {
  resource?: string
  modules?: Iterable<WebpackModule>
  size(): number
}
interface Compiler {
  hooks: { afterEmit: { tap(name: string, fn: (compilation: Compilation) => void): void } }
}

/**
 * Writes, beside the weapp build, which module ids each output file holds and where they come
 * from. The WeChat-runtime smoke test (test/weapp) uses it to tell the app's own modules from
 * libraries; the size check uses it to name the biggest contributors.
 */
export class ModuleMapPlugin {
  constructor(
    private readonly file: string,
    private readonly root: string,
  ) {}

  apply(compiler: Compiler) {
    compiler.hooks.afterEmit.tap('ModuleMapPlugin', (compilation) => {
      const byId = new Map<string | number, MappedModule>()
      for (const chunk of compilation.chunks) {
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          const id = compilation.chunkGraph.getModuleId(module)
          if (id === null || id === undefined) continue
          const entry = byId.get(id) ?? { id, files: [], size: module.size(), sources: [] }
          for (const file of chunk.files) if (file.endsWith('.js') && !entry.files.includes(file)) entry.files.push(file)
          if (!entry.sources.length) {
            const inner = module.modules ? [...module.modules] : [module]
            entry.sources = [...new Set(inner.flatMap((m) => (m.resource ? [relative(this.root, m.resource.replace(/\?.*$/, ''))] : [])))]
          }
          byId.set(id, entry)
        }
      }
      mkdirSync(dirname(this.file), { recursive: true })
      writeFileSync(this.file, JSON.stringify([...byId.values()]))
    })
  }
}
