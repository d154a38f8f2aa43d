import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import * as rulesProfile from '../../rules/profile.ts'
import * as sharedLanguages from '../../i18n/languages.ts'
import * as workerLanguage from '../../worker/lib/language.ts'
import { CheckForm } from '../../miniapp/src/components/CheckForm.tsx'
import { LanguageSwitch } from '../../miniapp/src/components/Screen.tsx'
import * as enums from '../../miniapp/src/eligibility/enums.ts'
import type { Answers, StepId } from '../../miniapp/src/eligibility/form.ts'
import { answersStorageKey } from '../../miniapp/src/eligibility/store.ts'
import { choicePointers, choiceValues, type ChoiceField } from '../../miniapp/src/hooks/useChoices.ts'
import { LocaleProvider } from '../../miniapp/src/i18n/locale.tsx'
import * as locales from '../../miniapp/src/locales/index.ts'
import type { Language } from '../../miniapp/src/locales/index.ts'
import type { EligibilityOptionsDto } from '../../miniapp/src/services/http.ts'
import { apiJson, askApi, goOffline, serveApi } from './api.ts'
import Taro, { storage } from './shims/taro.ts'

const repoRoot = resolve(import.meta.dirname, '../..')
const fields = Object.keys(choicePointers) as ChoiceField[]

/** The form at a step, with some answers already given (as if restored from storage). */
function renderForm(lang: Language, step: StepId, answers: Partial<Answers> = {}) {
  storage.set(answersStorageKey, answers)
  return render(
    <LocaleProvider initial={lang}>
      <LanguageSwitch />
      <CheckForm initialStep={step} onSubmit={() => undefined} />
    </LocaleProvider>,
  )
}

const question = (id: ChoiceField | keyof Answers) => document.getElementById(`q-${id}`) as HTMLElement
const radios = (id: ChoiceField) => within(question(id)).queryAllByRole('radio').map((r) => r.getAttribute('aria-label'))
const optionsRequests = () => Taro.request.mock.calls.map(([o]) => o.url).filter((url) => url.includes('/v1/eligibility/options'))
const allChoices: Partial<Answers> = { majorProject: 'yes', openCompetition: 'yes', futureIndustry: 'yes' }

describe('one copy of every list', () => {
  it("the form offers the rules' lists themselves, not copies of them", () => {
    expect(enums.openCompetitionIndustries).toBe(rulesProfile.openCompetitionIndustries)
    expect(enums.futureIndustryFields).toBe(rulesProfile.futureIndustryFields)
    expect(choiceValues.openIndustry).toBe(rulesProfile.openCompetitionIndustries)
    expect(choiceValues.futureField).toBe(rulesProfile.futureIndustryFields)
  })

  it("the language picker offers the API's own language list, and starts from its default", () => {
    expect(locales.languages).toBe(sharedLanguages.languages)
    expect(workerLanguage.languages).toBe(sharedLanguages.languages)
    expect(locales.defaultLanguage).toBe(workerLanguage.defaultLanguage)
  })

  it.each(locales.languages)('in %s the API labels every value the form offers, in the same order', async (lang) => {
    const { options } = await apiJson<EligibilityOptionsDto>(`/v1/eligibility/options?lang=${lang}`)
    expect(Object.keys(options).sort()).toEqual(Object.values(choicePointers).sort())
    for (const field of fields) expect(options[choicePointers[field]].map((o) => o.value)).toEqual([...choiceValues[field]])
  })

  it("no source file of the app spells out a value of the rules' lists (they are imported)", () => {
    const values = [...rulesProfile.leadingIndustries, ...rulesProfile.futureFields]
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    const copies = files(join(repoRoot, 'miniapp/src')).flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return values.filter((v) => text.includes(`'${v}'`) || text.includes(`"${v}"`)).map((v) => `${file.slice(repoRoot.length + 1)}: ${v}`)
    })
    expect(copies).toEqual([])
  })
})

describe('the labels of the choices come from GET /v1/eligibility/options', () => {
  beforeEach(serveApi)

  it.each([
    ['en', { majorLevel: 'Beijing municipal', openIndustry: 'Next-generation information technology', futureField: 'Embodied intelligence' }],
    ['zh-Hans', { majorLevel: '北京市级', openIndustry: '新一代信息技术', futureField: '6G通信' }],
  ] as const)('in %s, worded as the API words them', async (lang, examples) => {
    renderForm(lang, 'projects', allChoices)
    await waitFor(() => expect(radios('majorLevel')).not.toEqual([]))
    const { options } = await apiJson<EligibilityOptionsDto>(`/v1/eligibility/options?lang=${lang}`)
    expect(radios('majorLevel')).toEqual(options[choicePointers.majorLevel].map((o) => o.label))
    expect(radios('majorLevel')).toContain(examples.majorLevel)

    fireEvent.click(screen.getByRole('button', { name: lang === 'en' ? 'Next' : '下一步' }))
    for (const field of ['openIndustry', 'futureField'] as const) {
      expect(radios(field)).toEqual(options[choicePointers[field]].map((o) => o.label))
      expect(radios(field)).toContain(examples[field])
    }
    expect(optionsRequests()).toEqual([`http://api.test/v1/eligibility/options?lang=${lang}`])
  })

  it('the review shows a chosen value with the same label as the question', async () => {
    renderForm('en', 'projects', allChoices)
    fireEvent.click(await within(question('majorLevel')).findByRole('radio', { name: 'Beijing municipal' }))
    fireEvent.click(screen.getByRole('button', { name: 'Next' }))
    fireEvent.click(within(question('futureField')).getByRole('radio', { name: 'Embodied intelligence' }))
    fireEvent.click(screen.getByRole('button', { name: 'Review answers' }))
    expect(screen.getByText('Beijing municipal')).toBeTruthy()
    expect(screen.getByText('Embodied intelligence')).toBeTruthy()
    expect((storage.get(answersStorageKey) as Answers).futureField).toBe('embodied-intelligence')
  })

  it('shows whatever the API says, and follows a language switch', async () => {
    Taro.request.mockImplementation(async (option) => {
      const answer = await askApi(option.url, option.method, option.data)
      if (!option.url.includes('lang=en')) return answer
      const { options } = answer.data as EligibilityOptionsDto
      options[choicePointers.majorLevel][0].label = 'State level (as the API says)'
      return answer
    })
    renderForm('en', 'projects', { ...allChoices, majorLevel: 'national' })
    const chosen = await within(question('majorLevel')).findByRole('radio', { name: 'State level (as the API says)' })
    expect(chosen.getAttribute('aria-checked')).toBe('true')

    fireEvent.click(screen.getByRole('button', { name: /^Language\s*English$/ }))
    fireEvent.click(screen.getByRole('radio', { name: '繁體中文（台灣）' }))
    await waitFor(() => expect(radios('majorLevel')).toEqual(['國家級', '北京市級']))
    expect(within(question('majorLevel')).getByRole('radio', { name: '國家級' }).getAttribute('aria-checked')).toBe('true')
    expect(optionsRequests()).toEqual(['http://api.test/v1/eligibility/options?lang=en', 'http://api.test/v1/eligibility/options?lang=zh-Hant-TW'])
  })
})

describe('without the labels the form still works', () => {
  it('while they load, the question says so and the other questions can be answered', async () => {
    let answer!: () => void
    Taro.request.mockImplementation(
      (option) =>
        new Promise((done) => {
          answer = () => done(askApi(option.url))
        }),
    )
    renderForm('en', 'projects', { majorProject: 'yes' })
    expect(within(question('majorLevel')).getByRole('status').textContent).toBe('Loading…')
    expect(radios('majorLevel')).toEqual([])
    fireEvent.click(within(question('majorAligned')).getByRole('radio', { name: 'Yes' }))
    expect((storage.get(answersStorageKey) as Answers).majorAligned).toBe('yes')

    await act(async () => answer())
    await waitFor(() => expect(radios('majorLevel')).toEqual(['National', 'Beijing municipal']))
    expect(within(question('majorLevel')).queryByRole('status')).toBeNull()
  })

  it('offline with nothing saved, the values themselves are offered, can be chosen, and get their names once back online', async () => {
    goOffline()
    renderForm('zh-Hans', 'projects', { majorProject: 'yes' })
    await within(question('majorLevel')).findByText('选项名称暂时无法加载，暂以英文原值显示。')
    expect(radios('majorLevel')).toEqual(['national', 'beijing'])
    fireEvent.click(within(question('majorLevel')).getByRole('radio', { name: 'beijing' }))
    expect((storage.get(answersStorageKey) as Answers).majorLevel).toBe('beijing')

    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(question('openIndustry')).toBeNull() // asked only after a "yes"
    fireEvent.click(within(question('futureIndustry')).getByRole('radio', { name: '是' }))
    expect(radios('futureField')).toEqual([...rulesProfile.futureIndustryFields])
    fireEvent.click(screen.getByRole('button', { name: '核对答案' }))
    expect(screen.getByText('beijing')).toBeTruthy() // the review shows the same text as the question

    serveApi()
    fireEvent.click(screen.getByRole('button', { name: '上一步' }))
    fireEvent.click(screen.getByRole('button', { name: '上一步' }))
    await act(async () => within(question('majorLevel')).getByRole('button', { name: '重试' }).click())
    await waitFor(() => expect(radios('majorLevel')).toEqual(['国家级', '北京市级']))
    expect(within(question('majorLevel')).getByRole('radio', { name: '北京市级' }).getAttribute('aria-checked')).toBe('true')
    expect(within(question('majorLevel')).queryByText('选项名称暂时无法加载，暂以英文原值显示。')).toBeNull()
  })

  it('offline, the labels saved on an earlier visit show at once', async () => {
    serveApi()
    const first = renderForm('en', 'projects', { majorProject: 'yes' })
    await waitFor(() => expect(radios('majorLevel')).toEqual(['National', 'Beijing municipal']))
    first.unmount()

    goOffline()
    renderForm('en', 'projects', { majorProject: 'yes' })
    expect(radios('majorLevel')).toEqual(['National', 'Beijing municipal']) // before the network answers
    await waitFor(() => expect(Taro.request).toHaveBeenCalledTimes(2))
    expect(radios('majorLevel')).toEqual(['National', 'Beijing municipal'])
    expect(screen.queryByText(/could not be loaded/)).toBeNull()
  })
})
