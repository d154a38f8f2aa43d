import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/context.ts'
import { cachedJson } from '../../lib/cached.ts'
import { futureIndustryFields, majorProjectLevels, openCompetitionIndustries } from '../../../rules/profile.ts'
import type { getOptions } from './options.routes.ts'

const enums = {
  '/profile/majorProject/level': { key: 'level', values: majorProjectLevels },
  '/profile/openCompetitionProject/industry': { key: 'industry', values: openCompetitionIndustries },
  '/profile/futureIndustryProject/field': { key: 'field', values: futureIndustryFields },
} as const

// The catalogs word these for use inside sentences ("a national major project"); as choices they start upper-case.
const asLabel = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export const get: RouteHandler<typeof getOptions, AppEnv> = (c) =>
  cachedJson(c, 'eligibility/options', () => ({
    options: Object.fromEntries(
      Object.entries(enums).map(([pointer, { key, values }]) => [
        pointer,
        values.map((value) => ({ value, label: asLabel(c.get('t').maybe(`enum.${key}.${value}`) ?? value) })),
      ]),
    ),
  }))
