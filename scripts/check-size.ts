/**
 * npm run size — builds the worker as it would deploy (wrangler deploy --dry-run), prints raw and
 * gzip size, and fails over budget: 300 KiB gzip (the free plan allows 3 MB; smaller starts faster).
 * It also fails if Simplified→Traditional OpenCC dictionaries were bundled: those are build-time only.
 */
import { gzipSync } from 'node:zlib'
import { buildWorker } from './lib/bundle.ts'

const BUDGET_GZIP_KIB = 300
const { bytes: bundle } = buildWorker('size-dist')
const gzipKiB = gzipSync(bundle, { level: 9 }).length / 1024
console.log(`worker bundle: raw ${(bundle.length / 1024).toFixed(1)} KiB, gzip ${gzipKiB.toFixed(1)} KiB (budget ${BUDGET_GZIP_KIB} KiB gzip)`)
let failed = false
if (gzipKiB > BUDGET_GZIP_KIB) {
  console.error(`over budget by ${(gzipKiB - BUDGET_GZIP_KIB).toFixed(1)} KiB`)
  failed = true
}
// Entries that only the Simplified→Traditional dictionaries (STPhrases, STCharacters; ~1 MB) hold.
const simplifiedToTraditional = { STPhrases: '一丝不挂 一絲不掛', STCharacters: '万 萬' }
for (const [name, entry] of Object.entries(simplifiedToTraditional)) {
  if (bundle.includes(Buffer.from(entry))) {
    console.error(`the bundle contains OpenCC's ${name} dictionary, which belongs to the build step`)
    failed = true
  }
}
process.exit(failed ? 1 : 0)
