import { futureIndustryFields, majorProjectLevels, openCompetitionIndustries } from '../eligibility/enums.ts'
import type { Answers } from '../eligibility/form.ts'
import { useLocale } from '../i18n/locale.tsx'
import { api, type ProfileOptionDto } from '../services/http.ts'
import { useResource } from './useResource.ts'

export const choiceFields = ['majorLevel', 'openIndustry', 'futureField'] as const
export type ChoiceField = (typeof choiceFields)[number]
export const isChoiceField = (key: keyof Answers): key is ChoiceField => (choiceFields as readonly string[]).includes(key)

/** Where each choice sits in the eligibility request: the keys of GET /v1/eligibility/options. */
export const choicePointers = {
  majorLevel: '/profile/majorProject/level',
  openIndustry: '/profile/openCompetitionProject/industry',
  futureField: '/profile/futureIndustryProject/field',
} as const satisfies Record<ChoiceField, string>

/** The values on offer and their order: the rules' lists, so they show before any label arrives. */
export const choiceValues = {
  majorLevel: majorProjectLevels,
  openIndustry: openCompetitionIndustries,
  futureField: futureIndustryFields,
} as const satisfies Record<ChoiceField, readonly string[]>

export interface Choices {
  /**
   * `labelled`: names from the API, fresh or saved earlier; `loading`: the first load, with
   * nothing saved; `unlabelled`: that load failed (offline, say), so values stand for names.
   */
  state: 'labelled' | 'loading' | 'unlabelled'
  options(field: ChoiceField): ProfileOptionDto[]
  /** The name of one value; the value itself while no name is known. */
  label(field: ChoiceField, value: string): string
  reload(): void
}

/**
 * The labels of the form's choices in the current language, from GET /v1/eligibility/options,
 * kept offline like every response. The form never waits on them: without labels it offers the
 * values themselves.
 */
export function useChoices(): Choices {
  const { lang } = useLocale()
  const { data, loading, reload } = useResource(`eligibility-options:${lang}`, () => api.eligibilityOptions(lang))
  const label = (field: ChoiceField, value: string) => data?.options[choicePointers[field]]?.find((o) => o.value === value)?.label ?? value
  return {
    state: data ? 'labelled' : loading ? 'loading' : 'unlabelled',
    options: (field) => choiceValues[field].map((value) => ({ value, label: label(field, value) })),
    label,
    reload: () => void reload(),
  }
}
