/** Starts the worker with `wrangler dev` on a free port (limits and request logs off) for scripts. */
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createServer } from 'node:net'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export async function startWorker(): Promise<{ url: string; stop: () => void }> {
  const external = process.env.API_URL
  if (external) return { url: external.replace(/\/$/, ''), stop: () => {} }
  const port = await freePort()
  const root = new URL('../../', import.meta.url).pathname
  // wrangler does not start without the [assets] directory; these scripts only call the API.
  mkdirSync(`${root}dist/assets`, { recursive: true })
  const child = spawn(
    'npx',
    ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--var', 'RATE_LIMIT:off', '--var', 'REQUEST_LOG:off', '--log-level', 'warn'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], detached: true, env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' } },
  )
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {}
  }
  process.once('exit', stop)
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, stop }
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  stop()
  throw new Error('wrangler dev did not become ready within 60 s')
}
