/**
 * The five language variants of the API contract, in the order a language picker lists them.
 * Data only, no code: the worker negotiates with it (worker/lib/language.ts) and the mini-program
 * bundles it for its picker, so both offer the same languages.
 */
export const languages = ['zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'en'] as const
export type Language = (typeof languages)[number]
export const defaultLanguage: Language = 'zh-Hans'
