import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { fetchDocument, schemaFile, schemaSource } from '../../client/scripts/generate.ts'
import { worker } from './worker.ts'

test('client/src/schema.ts is what openapi-typescript makes of the document the worker serves (else: npm run client:build)', async () => {
  const committed = readFileSync(schemaFile, 'utf8')
  expect(committed, 'client/src/schema.ts is stale: run npm run client:build').toBe(await schemaSource(await fetchDocument(worker)))
})
