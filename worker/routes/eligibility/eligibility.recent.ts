import { RecentCache } from '../../lib/recent.ts'

/**
 * Results of recent checks by language and exact body text. A result depends only on those and
 * the deployed rules, so a repeated check (the same form sent again, in another tab, or after a
 * language switch and back) is answered without parsing, validating or evaluating again. Bounded
 * to 4 MiB of keys and bodies per isolate; bodies longer than 4,096 characters are not kept.
 */
const recent = new RecentCache<Uint8Array>(4 * 1024 * 1024, 4096)

const key = (language: string, text: string) => `${language}\u0000${text}`

export const recall = (language: string, text: string): Uint8Array | undefined => recent.get(key(language, text))
export const remember = (language: string, text: string, body: Uint8Array): void => recent.set(key(language, text), body)

export function resultResponse(body: Uint8Array): Response {
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } })
}
