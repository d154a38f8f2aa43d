/**
 * npm run assets [-- --force] — builds the static files the worker serves (wrangler.toml
 * [assets], directory dist/assets/, not in git):
 *   docs/  the API reference at /docs/: our page (assets/docs/) and Swagger UI's standalone bundle
 *          (swagger-ui-dist, pinned in package.json), copied — well under a second;
 *   app/   the H5 app at /app/: `taro build --type h5 --mode app` — 35 to 70 s on 2 cores.
 * Each is built when it is missing or older than its sources; --force rebuilds both. `npm start`,
 * the deploys and the worker tests (vitest.config.ts) run this first.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../', import.meta.url).pathname
const out = join(root, 'dist/assets')
const force = process.argv.includes('--force')

/** The newest modification time of a file, or of every file under a folder (0 if absent). */
function newest(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

interface Part {
  path: string
  what: string
  /** Written last by a complete build: its age says whether the part is up to date. */
  done: string
  inputs: string[]
  build: (dir: string) => void
}

const swagger = join(root, 'node_modules/swagger-ui-dist')
const parts: Part[] = [
  {
    path: 'docs',
    what: '/docs/ (Swagger UI)',
    done: 'index.html',
    inputs: ['assets/docs', 'node_modules/swagger-ui-dist/package.json'],
    build(dir) {
      if (!existsSync(swagger)) throw new Error('node_modules/swagger-ui-dist is missing: run `npm ci` first')
      rmSync(dir, { recursive: true, force: true })
      mkdirSync(dir, { recursive: true })
      // Only what the page loads (no preset, no source maps), and the licence that must travel with it.
      for (const file of ['swagger-ui-bundle.js', 'swagger-ui-bundle.js.LICENSE.txt', 'swagger-ui.css', 'index.css', 'favicon-16x16.png', 'favicon-32x32.png', 'LICENSE', 'NOTICE']) {
        copyFileSync(join(swagger, file), join(dir, file))
      }
      cpSync(join(root, 'assets/docs'), dir, { recursive: true })
    },
  },
  {
    path: 'app',
    what: '/app/ (the H5 app, 35–70 s)',
    done: 'index.html',
    inputs: ['miniapp/src', 'miniapp/config', 'miniapp/.env', 'miniapp/.env.app', 'miniapp/babel.config.js', 'miniapp/package.json', 'package-lock.json', 'rules/profile.ts', 'i18n/languages.ts'],
    build() {
      // Taro writes to ../dist/assets/app itself (miniapp/config/index.ts, mode "app"), emptying it
      // first. A production build whoever runs this: under vitest NODE_ENV is "test", and Taro then
      // bundles React Refresh, which fails in the browser ($RefreshReg$ is not defined).
      try {
        execFileSync('npm', ['run', 'build:h5:app', '-w', 'miniapp'], { cwd: root, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } })
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer }
        process.stderr.write(`${stdout ?? ''}${stderr ?? ''}`)
        throw new Error('the H5 build failed (its output is above)')
      }
    },
  },
]

mkdirSync(out, { recursive: true })
for (const part of parts) {
  const dir = join(out, part.path)
  const done = join(dir, part.done)
  const built = existsSync(done) ? statSync(done).mtimeMs : 0
  const stale = part.inputs.some((input) => newest(join(root, input)) > built)
  if (!force && built && !stale) continue
  const started = Date.now()
  console.log(`assets: building ${part.what}${built ? (force ? ', as asked' : ', its sources changed') : ''}…`)
  rmSync(done, { force: true })
  part.build(dir)
  if (!existsSync(done)) throw new Error(`assets: the build of ${part.what} wrote no ${part.done}`)
  console.log(`assets: ${part.path}/ built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
