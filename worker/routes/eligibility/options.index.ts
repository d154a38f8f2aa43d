import { createRoute, z, type RouteHandler } from '@hono/zod-openapi'
import { createRouter } from '../../app.ts'
import type { AppEnv } from '../../lib/context.ts'
import { cachedJson } from '../../lib/cached.ts'
import { LanguageQuery, problemResponse } from '../../schemas.ts'
import { futureIndustryFields, openCompetitionIndustries } from '../../../rules/profile.ts'

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

const getOptions = createRoute({
  method: 'get',
  path: '/v1/eligibility/options',
  operationId: 'getEligibilityOptions',
  tags: ['Eligibility'],
  summary: 'Labels for the choices in a profile',
  description: 'Every enumerated profile input (project level, open-bidding industry, future-industry field) with its values and their labels in the response language.',
  request: { query: z.object({ lang: LanguageQuery }) },
  responses: {
    200: { description: 'The choices.', content: { 'application/json': { schema: OptionsSchema } } },
    400: problemResponse('Unsupported language.'),
  },
})

const enums = {
  '/profile/majorProject/level': { key: 'level', values: ['national', 'beijing'] },
  '/profile/openCompetitionProject/industry': { key: 'industry', values: openCompetitionIndustries },
  '/profile/futureIndustryProject/field': { key: 'field', values: futureIndustryFields },
} as const

// The catalogs word these for use inside sentences ("a national major project"); as choices they start upper-case.
const asLabel = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const get: RouteHandler<typeof getOptions, AppEnv> = (c) =>
  cachedJson(c, 'eligibility/options', () => ({
    options: Object.fromEntries(
      Object.entries(enums).map(([pointer, { key, values }]) => [
        pointer,
        values.map((value) => ({ value, label: asLabel(c.get('t').maybe(`enum.${key}.${value}`) ?? value) })),
      ]),
    ),
  }))

export default createRouter().openapi(getOptions, get)
