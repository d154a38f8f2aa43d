// Prints the size of the WeChat build (miniapp/dist/weapp) and fails over budget.
// The main package is what WeChat downloads before the first screen: the whole build minus the
// subpackage roots named in app.json. Budget: 400 KiB (WeChat's own limit is 2 MB a package).
// Also lists the biggest contributors to the main package's JS, by npm package or source folder,
// from the module map the build writes beside itself (config/module-map.ts).
// Run after `npm run build:weapp`: npm run size:weapp
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const dir = new URL('../dist/weapp/', import.meta.url).pathname
const moduleMapFile = new URL('../dist/weapp.modules.json', import.meta.url).pathname
const KiB = 1024
const budget = 400 * KiB
const wechatLimit = 2048 * KiB

if (!existsSync(join(dir, 'app.json'))) {
  console.error(`No weapp build in ${dir}: run npm run build:weapp first.`)
  process.exit(1)
}

const appJson = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8'))
const subRoots = (appJson.subPackages ?? appJson.subpackages ?? []).map((sub) => sub.root.replace(/\/?$/, '/'))

const files = []
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (!name.endsWith('.map')) files.push({ path: relative(dir, path), bytes: statSync(path).size })
  }
}
walk(dir)
const packageOf = (file) => subRoots.find((root) => file.startsWith(root)) ?? 'main'
const main = files.filter((f) => packageOf(f.path) === 'main').sort((a, b) => b.bytes - a.bytes)

const kib = (n) => `${(n / KiB).toFixed(1)} KiB`
const sum = (list) => list.reduce((n, f) => n + f.bytes, 0)
const gzip = (list) => list.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f.path)), { level: 9 }).length, 0)

console.log('weapp main package (miniapp/dist/weapp minus subpackages), largest files:')
for (const f of main.slice(0, 8)) console.log(`  ${kib(f.bytes).padStart(10)}  ${f.path}`)

// Who the main package's JS bytes belong to: each module's span in its minified file.
if (existsSync(moduleMapFile)) {
  const modules = JSON.parse(readFileSync(moduleMapFile, 'utf8'))
  const owner = (source) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
    if (m) return m[1]
    return source.split('/').slice(0, source.startsWith('miniapp/src/') ? 3 : 1).join('/')
  }
  const byOwner = new Map()
  for (const file of main.filter((f) => f.path.endsWith('.js'))) {
    const text = readFileSync(join(dir, file.path), 'utf8')
    const spans = modules
      .map((m) => ({ m, at: text.search(new RegExp(`[{,]${m.id}:function\\(`)) }))
      .filter((s) => s.at >= 0)
      .sort((a, b) => a.at - b.at)
    spans.forEach((s, i) => {
      const bytes = Buffer.byteLength(text.slice(s.at, spans[i + 1]?.at ?? text.length))
      const key = s.m.sources.length ? owner(s.m.sources[0]) : '(webpack)'
      byOwner.set(key, (byOwner.get(key) ?? 0) + bytes)
    })
  }
  const top = [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 10)
  console.log('main package JS by owner:')
  for (const [key, bytes] of top) console.log(`  ${kib(bytes).padStart(10)}  ${key}`)
}

for (const root of subRoots) {
  const list = files.filter((f) => f.path.startsWith(root))
  console.log(`subpackage ${root}: ${kib(sum(list))} in ${list.length} files`)
}
const total = sum(main)
console.log(`weapp main package: ${kib(total)} in ${main.length} files (${kib(gzip(main))} gzip); budget ${kib(budget)}, WeChat limit ${kib(wechatLimit)}`)
if (total > budget) {
  console.error(`✗ weapp main package ${kib(total)} is over the budget of ${kib(budget)}`)
  process.exit(1)
}
for (const root of ['main', ...subRoots]) {
  const bytes = sum(files.filter((f) => packageOf(f.path) === root))
  if (bytes > wechatLimit) {
    console.error(`✗ package ${root} is over WeChat's limit of 2 MB`)
    process.exit(1)
  }
}
console.log('✓ weapp main package within budget')
