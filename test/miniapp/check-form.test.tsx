import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { scrollToId } from '../../miniapp/src/services/scroll.ts'
import { storage } from './shims/taro.ts'
import { serveApi } from './api.ts'
import { CheckForm } from '../../miniapp/src/components/CheckForm.tsx'
import { LanguageSwitch } from '../../miniapp/src/components/Screen.tsx'
import { answersStorageKey } from '../../miniapp/src/eligibility/store.ts'
import { toProfile, type Answers } from '../../miniapp/src/eligibility/form.ts'
import { LocaleProvider } from '../../miniapp/src/i18n/locale.tsx'
import type { Language } from '../../miniapp/src/locales/index.ts'

function renderForm(lang: Language = 'en', onSubmit = vi.fn()) {
  const view = render(
    <LocaleProvider initial={lang}>
      <LanguageSwitch />
      <CheckForm onSubmit={onSubmit} />
    </LocaleProvider>,
  )
  return { ...view, onSubmit }
}

const question = (id: string) => document.getElementById(`q-${id}`) as HTMLElement
const choose = (id: string, option: string) => fireEvent.click(within(question(id)).getByRole('radio', { name: option }))
const type = (id: string, value: string) => {
  const input = within(question(id)).getByRole('textbox')
  fireEvent.change(input, { target: { value } })
  fireEvent.blur(input)
}
// Scrolling needs a layout (jsdom has none): the test checks where the form asks to go.
vi.mock('../../miniapp/src/services/scroll.ts', () => ({ scrollToId: vi.fn() }))

const stepShown = (text: string, title: string) => {
  expect(screen.getByText(text)).toBeTruthy()
  expect(screen.getByRole('heading', { name: title }).getAttribute('aria-level')).toBe('2')
}
const next = () => fireEvent.click(screen.getByRole('button', { name: /^(Next|Review answers|下一步|核对答案)$/ }))

describe('the eligibility form', () => {
  it('goes step by step and asks follow-ups only after a "yes"', () => {
    renderForm()
    stepShown('Step 1 of 5', 'About the company')
    expect(screen.getByText(/^We only ask what the policy needs/)).toBeTruthy()
    choose('certifiedTechSme', 'Yes')
    expect(within(question('certifiedTechSme')).getByRole('radio', { name: 'Yes' }).getAttribute('aria-checked')).toBe('true')
    next()
    stepShown('Step 2 of 5', 'Leased space')
    // The introduction is for the first step only: later steps start with their questions.
    expect(screen.queryByText(/^We only ask what the policy needs/)).toBeNull()
    expect(question('rentAreaSqm')).toBeNull()
    choose('rents', 'Yes')
    expect(question('rentAreaSqm')).not.toBeNull()
    expect(question('employees')).not.toBeNull()
    choose('rents', 'No')
    expect(question('rentAreaSqm')).toBeNull()
  })

  it('uses numeric keyboards, with units and hints', () => {
    renderForm()
    next()
    choose('rents', 'Yes')
    // Name and keypad are set on the <input> itself (Taro's nativeProps), where H5 draws them.
    const employees = within(question('employees')).getByRole('textbox', { name: 'Number of employees (people)' })
    expect(employees.getAttribute('data-taro-type')).toBe('number')
    expect(employees.getAttribute('inputmode')).toBe('numeric')
    const rent = within(question('rentYuanPerSqmPerDay')).getByRole('textbox', { name: 'Actual rent (CNY/m²/day)' })
    expect(rent.getAttribute('data-taro-type')).toBe('digit')
    expect(rent.getAttribute('inputmode')).toBe('decimal')
    expect(within(question('rentYuanPerSqmPerDay')).getByText('CNY/m²/day')).toBeTruthy()
    expect(within(question('employees')).getByText(/Sets the area cap/)).toBeTruthy()
  })

  it('explains wrong input in plain words and will not go on until it is fixed', () => {
    renderForm()
    next()
    choose('rents', 'Yes')
    type('employees', '-5')
    expect(within(question('employees')).getByRole('alert').textContent).toBe('Cannot be negative.')
    // The field itself is marked invalid and described by the message.
    const field = within(question('employees')).getByRole('textbox')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(field.getAttribute('aria-describedby')).toBe(within(question('employees')).getByRole('alert').id)
    type('employees', '12.5')
    expect(within(question('employees')).getByRole('alert').textContent).toBe('Enter a whole number.')
    type('rentYuanPerSqmPerDay', '5000')
    expect(within(question('rentYuanPerSqmPerDay')).getByRole('alert').textContent).toBe('Must be at most 1,000. Check the unit.')
    vi.mocked(scrollToId).mockClear()
    next()
    expect(screen.getByText('Please correct the fields marked in red first.')).toBeTruthy()
    expect(screen.getByText(/Step 2 of 5/)).toBeTruthy()
    // The first field in error may be below the fold: the form brings it into view.
    expect(scrollToId).toHaveBeenCalledWith('q-rentYuanPerSqmPerDay')
    type('employees', '60')
    type('rentYuanPerSqmPerDay', '1.8')
    next()
    expect(screen.getByText(/Step 3 of 5/)).toBeTruthy()
  })

  it('takes amounts in 万元, as companies count them, and says the amount back in words', () => {
    renderForm('zh-Hans')
    next()
    next()
    choose('majorProject', '是')
    expect(within(question('majorFundingWan')).getByRole('textbox', { name: '专项获得的政府资金 (万元)' })).toBeTruthy()
    type('majorFundingWan', '1200')
    expect(within(question('majorFundingWan')).getByText('即 1200万元')).toBeTruthy()
    type('majorFundingWan', '0.5')
    expect(within(question('majorFundingWan')).getByText('即 5000元')).toBeTruthy()
    type('majorFundingWan', '30000')
    expect(within(question('majorFundingWan')).getByText('即 3亿元')).toBeTruthy()
  })

  it('keeps the answers when the language changes, and every label follows', () => {
    renderForm('en')
    next()
    choose('rents', 'Yes')
    type('rentAreaSqm', '800')
    fireEvent.click(screen.getByRole('button', { name: /^Language\s*English$/ }))
    fireEvent.click(screen.getByRole('radio', { name: '繁體中文（香港）' }))
    stepShown('第 2/5 步', '承租場地')
    expect(within(question('rentAreaSqm')).getByRole('textbox')).toHaveProperty('value', '800')
    expect(within(question('rents')).getByRole('radio', { name: '是' }).getAttribute('aria-checked')).toBe('true')
    expect(screen.queryByText(/Leased space/)).toBeNull()
  })

  it('keeps the answers when the app is closed and opened again', () => {
    const first = renderForm('en')
    next()
    choose('rents', 'Yes')
    type('rentAreaSqm', '800')
    first.unmount()
    expect((storage.get(answersStorageKey) as Answers).rentAreaSqm).toBe('800')

    renderForm('en')
    expect(screen.getByText('Your previous answers have been kept.')).toBeTruthy()
    expect(screen.getByText(/Step 2 of 5/)).toBeTruthy()
    expect(within(question('rentAreaSqm')).getByRole('textbox')).toHaveProperty('value', '800')
  })

  it('reviews the answers and submits them', async () => {
    serveApi()
    const { onSubmit } = renderForm('en')
    choose('operatesInYizhuangNewTown', 'Yes')
    choose('certifiedTechSme', 'Yes')
    next()
    choose('rents', 'Yes')
    type('rentAreaSqm', '800')
    type('rentYuanPerSqmPerDay', '1.8')
    type('employees', '60')
    next()
    choose('cabbageHeart', 'No')
    next()
    choose('futureIndustry', 'Yes')
    fireEvent.click(await within(question('futureField')).findByRole('radio', { name: 'Quantum communication' }))
    next()
    expect(screen.getByText(/Step 5 of 5/)).toBeTruthy()
    expect(screen.getByText('800 m²')).toBeTruthy()
    expect(screen.getByText('Quantum communication')).toBeTruthy()
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'See my results' }))
    })
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(toProfile(onSubmit.mock.calls[0][0])).toEqual({
      operatesInYizhuangNewTown: true,
      certifiedTechSme: true,
      employees: 60,
      rent: { areaSqm: 800, yuanPerSqmPerDay: 1.8 },
      cabbageHeartProject: null,
      futureIndustryProject: { field: 'quantum-communication' },
    })
  })

  it('sends the person back to the step with a problem instead of submitting', () => {
    storage.set(answersStorageKey, { rents: 'yes', employees: '-1' })
    storage.set('eligibility:step:v1', 'review')
    const { onSubmit } = renderForm('en')
    fireEvent.click(screen.getByRole('button', { name: 'See my results' }))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getByText(/Step 2 of 5/)).toBeTruthy()
    expect(within(question('employees')).getByRole('alert').textContent).toBe('Cannot be negative.')
  })

  it('clears everything only after a confirmation, from a link far from the submit button', () => {
    renderForm('en')
    expect(screen.queryByRole('button', { name: 'Clear all answers' })).toBeNull() // nothing to clear yet
    choose('certifiedTechSme', 'Yes')
    const yes = () => within(question('certifiedTechSme')).getByRole('radio', { name: 'Yes' }).getAttribute('aria-checked')
    const reset = screen.getByRole('button', { name: 'Clear all answers' })
    // Above the questions, not under Next / See my results.
    expect(reset.compareDocumentPosition(question('certifiedTechSme')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()

    fireEvent.click(reset)
    const dialog = screen.getByRole('dialog', { name: 'Clear all answers?' })
    expect(within(dialog).getByText(/cannot be undone/)).toBeTruthy()
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(yes()).toBe('true')
    expect(storage.has(answersStorageKey)).toBe(true)

    fireEvent.click(screen.getByRole('button', { name: 'Clear all answers' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Clear' }))
    expect(yes()).toBe('false')
    expect(storage.has(answersStorageKey)).toBe(false)
  })
})
