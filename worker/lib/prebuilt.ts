import type { Context, Next } from 'hono'
import { send } from './cached.ts'
import type { AppEnv } from './context.ts'
import type { Language } from './language.ts'
import paths from '../generated/static/paths.json'

/**
 * The GETs whose body depends only on the deployed content and the language (measures, policy,
 * glossary, source, options, problem types) are rendered by the worker itself at build time
 * (`npm run static:build`), one Data module per language: a JSON line indexing each path's ETag
 * and byte range, then the bodies. A fresh isolate answers them without running the views, and
 * clients get the same bytes as from the routes. Any query but `lang` goes on to the routes.
 */
const modules: Record<Language, () => Promise<{ default: ArrayBuffer }>> = {
  'zh-Hans': () => import('../generated/static/zh-Hans.bin'),
  'zh-Hant': () => import('../generated/static/zh-Hant.bin'),
  'zh-Hant-TW': () => import('../generated/static/zh-Hant-TW.bin'),
  'zh-Hant-HK': () => import('../generated/static/zh-Hant-HK.bin'),
  en: () => import('../generated/static/en.bin'),
}
type Stored = { index: Record<string, [etag: string, start: number, end: number]>; bodies: Uint8Array<ArrayBuffer> }
const loaded: Partial<Record<Language, Stored>> = {}
const stored = new Set(paths)

async function load(language: Language): Promise<Stored> {
  const bytes = new Uint8Array((await modules[language]()).default)
  const newline = bytes.indexOf(10)
  return { index: JSON.parse(new TextDecoder().decode(bytes.subarray(0, newline))), bodies: bytes.subarray(newline + 1) }
}

export async function prebuilt(c: Context<AppEnv>, next: Next) {
  const query = c.req.url.indexOf('?')
  if (c.req.method !== 'GET' || c.env?.PREBUILT === 'off' || !stored.has(c.req.path) || (query >= 0 && !/^\?lang=[^&]*$/.test(c.req.url.slice(query)))) return next()
  const language = c.get('language')
  const { index, bodies } = (loaded[language] ??= await load(language))
  const [etag, start, end] = index[c.req.path]!
  return send(c, { etag, body: bodies.subarray(start, end) })
}
