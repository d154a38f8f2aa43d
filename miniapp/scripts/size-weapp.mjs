// Prints the size of the WeChat build (miniapp/dist/weapp) and fails above WeChat's limit.
// All pages are in the main package (no subpackages), so the main package is the whole build.
// Run after `npm run build:weapp`: npm run size:weapp
import { readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'

const dir = new URL('../dist/weapp/', import.meta.url).pathname
const limit = 2 * 1024 * 1024 // WeChat: 2 MB per package
const budget = 1024 * 1024 // ours: stay under 1 MB so features have room

if (!existsSync(join(dir, 'app.json'))) {
  console.error(`No weapp build in ${dir}: run npm run build:weapp first.`)
  process.exit(1)
}

const files = []
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (!name.endsWith('.LICENSE.txt') && !name.endsWith('.map')) files.push({ path: relative(dir, path), bytes: statSync(path).size })
  }
}
walk(dir)
files.sort((a, b) => b.bytes - a.bytes)

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const total = files.reduce((sum, f) => sum + f.bytes, 0)
const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f.path))).length, 0)
console.log('weapp main package (miniapp/dist/weapp), largest files:')
for (const f of files.slice(0, 8)) console.log(`  ${kb(f.bytes).padStart(10)}  ${f.path}`)
console.log(`weapp main package: ${kb(total)} in ${files.length} files (${kb(gzip)} gzip); WeChat limit ${kb(limit)}, budget ${kb(budget)}`)
if (total > limit) {
  console.error('weapp main package is over the WeChat limit of 2 MB')
  process.exit(1)
}
if (total > budget) {
  console.error('weapp main package is over our 1 MB budget')
  process.exit(1)
}
