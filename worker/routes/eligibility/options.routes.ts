import { createRoute, z } from '@hono/zod-openapi'
import { cachingHeaders, LanguageQuery, notModified, problemResponse } from '../../schemas.ts'

/**
 * Localized labels for the profile's enumerated inputs, so a form (the mini-program's or a third
 * party's) can offer the choices in the user's language without keeping its own translations.
 */
const OptionSchema = z.object({ value: z.string(), label: z.string() }).openapi('ProfileOption')
const OptionsSchema = z
  .object({
    options: z.record(z.string(), z.array(OptionSchema)).openapi({
      description: 'Choices by JSON pointer into the eligibility request.',
      example: { '/profile/majorProject/level': [{ value: 'national', label: 'national' }] },
    }),
  })
  .openapi('ProfileOptions')

export const getOptions = createRoute({
  method: 'get',
  path: '/v1/eligibility/options',
  operationId: 'getEligibilityOptions',
  tags: ['Eligibility'],
  summary: 'Labels for the choices in a profile',
  description: 'Every enumerated profile input (project level, open-bidding industry, future-industry field) with its values and their labels in the response language.',
  request: { query: z.object({ lang: LanguageQuery }) },
  responses: {
    200: { description: 'The choices.', headers: cachingHeaders, content: { 'application/json': { schema: OptionsSchema } } },
    304: notModified,
    400: problemResponse('Unsupported language.'),
  },
})
