import { inject } from 'vitest'
import { createClient, type ClientOptions } from '../../client/src/index.ts'
import { testEnv } from '../../client/scripts/generate.ts'
import { executionContext, loadWorker } from '../../scripts/lib/bundle.ts'

export const worker = await loadWorker(inject('workerFile'))

/** The worker's own fetch handler, as a `fetch` for the client. */
export const workerFetch = (request: Request) => worker.fetch(request, testEnv, executionContext)

export const baseUrl = 'https://api.test'

export function clientFor(options: Partial<ClientOptions> = {}) {
  return createClient({ baseUrl, fetch: workerFetch, ...options })
}
