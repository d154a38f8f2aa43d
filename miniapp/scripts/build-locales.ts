/** Writes src/locales/generated/<lang>.ts from zh-Hans. Run: npm run locales -w miniapp. */
import { writeFileSync } from 'node:fs'
import { zhHans } from '../src/locales/zh-Hans.ts'
import { generatedFile, generatedLanguages, generatedSource } from './locales-lib.ts'

const root = new URL('../', import.meta.url)
for (const language of generatedLanguages) {
  writeFileSync(new URL(generatedFile(language), root), generatedSource(language, zhHans))
  console.log(`miniapp/${generatedFile(language)}`)
}
