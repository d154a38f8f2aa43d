/**
 * Stands in for zod's locales in the bundle (wrangler.toml [alias]): the API words every
 * validation error itself, in five languages, from the issue codes (lib/validation.ts), so zod's
 * own messages (≈40 languages, ≈90 KiB gzip) are never shown.
 */
const en = () => ({ localeError: () => undefined })
export default en
export { en }
