import type { TestProject } from 'vitest/node'
import { buildWorker } from '../../scripts/lib/bundle.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The worker bundle, built as `npm run deploy` builds it. */
    workerFile: string
  }
}

export default function setup(project: TestProject) {
  project.provide('workerFile', buildWorker('client-test', undefined, ['--env=production']).file)
}
