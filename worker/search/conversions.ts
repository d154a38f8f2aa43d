import { zhHans } from '../../i18n/zh-Hans.ts'
import { simplifiedConversions } from './chinese.ts'
import { concepts } from './concepts.ts'

/**
 * The Chinese index holds the zh-Hans text normalized like a query. OpenCC's Traditional→Simplified
 * conversion leaves nearly all of it alone; the few runs it does change (显著 → 显着, 建立 → 创建)
 * are generated into generated/zh-Hans-conversions.json by `npm run i18n:build`, so the index is
 * built without the converter. A test checks the file against OpenCC.
 */
export const conversionSources = (): string[] => [...Object.values<string>(zhHans), ...concepts.flatMap((concept) => concept.zh)]

export const generateConversions = (): Record<string, string> => simplifiedConversions(conversionSources())
