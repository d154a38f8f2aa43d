/** npm run contract:build — writes worker/generated/ from the route contracts (see generate.ts). */
import { mkdirSync, writeFileSync } from 'node:fs'
import { generateContracts, generateDocument } from './generate.ts'

const out = new URL('../../worker/generated/', import.meta.url)
mkdirSync(out, { recursive: true })
const { js, dts } = generateContracts()
writeFileSync(new URL('contracts.js', out), js)
writeFileSync(new URL('contracts.d.ts', out), dts)
const document = JSON.stringify(generateDocument())
writeFileSync(new URL('openapi.json.bin', out), document)
process.stdout.write(`worker/generated: contracts.js ${js.length} bytes, openapi.json.bin ${Buffer.byteLength(document)} bytes\n`)
