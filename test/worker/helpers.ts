import { exports } from 'cloudflare:workers'

export const BASE = 'http://api.test'

export function call(path: string, init?: RequestInit) {
  return exports.default.fetch(new Request(`${BASE}${path}`, init))
}

export async function json<T = any>(path: string, init?: RequestInit): Promise<{ res: Response; body: T }> {
  const res = await call(path, init)
  return { res, body: (await res.json()) as T }
}

export const post = (body: unknown, lang?: string, headers: Record<string, string> = {}) =>
  call(`/v1/eligibility${lang ? `?lang=${lang}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

export { languages } from '../../i18n/languages.ts'
