import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
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
const next = () => fireEvent.click(screen.getByRole('button', { name: /^(Next|Review answers|下一步|核对答案)$/ }))

describe('the eligibility form', () => {
  it('goes step by step and asks follow-ups only after a "yes"', () => {
    renderForm()
    expect(screen.getByText('Step 1 of 5 · About the company')).toBeTruthy()
    choose('certifiedTechSme', 'Yes')
    expect(within(question('certifiedTechSme')).getByRole('radio', { name: 'Yes' }).getAttribute('aria-checked')).toBe('true')
    next()
    expect(screen.getByText('Step 2 of 5 · Leased space')).toBeTruthy()
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
    const employees = within(question('employees')).getByRole('textbox')
    expect(employees.getAttribute('data-taro-type')).toBe('number')
    expect(employees.getAttribute('aria-label')).toBe('Number of employees (people)')
    expect(within(question('rentYuanPerSqmPerDay')).getByRole('textbox').getAttribute('data-taro-type')).toBe('digit')
    expect(within(question('rentYuanPerSqmPerDay')).getByText('CNY/m²/day')).toBeTruthy()
    expect(within(question('employees')).getByText(/Sets the area cap/)).toBeTruthy()
  })

  it('explains wrong input in plain words and will not go on until it is fixed', () => {
    renderForm()
    next()
    choose('rents', 'Yes')
    type('employees', '-5')
    expect(within(question('employees')).getByRole('alert').textContent).toBe('Cannot be negative.')
    type('employees', '12.5')
    expect(within(question('employees')).getByRole('alert').textContent).toBe('Enter a whole number.')
    type('rentYuanPerSqmPerDay', '5000')
    expect(within(question('rentYuanPerSqmPerDay')).getByRole('alert').textContent).toBe('Must be at most 1,000. Check the unit.')
    next()
    expect(screen.getByText('Please correct the fields marked in red first.')).toBeTruthy()
    expect(screen.getByText(/Step 2 of 5/)).toBeTruthy()
    type('employees', '60')
    type('rentYuanPerSqmPerDay', '1.8')
    next()
    expect(screen.getByText(/Step 3 of 5/)).toBeTruthy()
  })

  it('shows big amounts back in words while typing', () => {
    renderForm('zh-Hans')
    next()
    next()
    choose('majorProject', '是')
    type('majorFundingYuan', '12000000')
    expect(within(question('majorFundingYuan')).getByText('即 1200万元')).toBeTruthy()
  })

  it('keeps the answers when the language changes, and every label follows', () => {
    renderForm('en')
    next()
    choose('rents', 'Yes')
    type('rentAreaSqm', '800')
    fireEvent.click(screen.getByRole('button', { name: /Language: English/ }))
    fireEvent.click(screen.getByRole('radio', { name: '繁體中文（香港）' }))
    expect(screen.getByText('第 2/5 步 · 承租場地')).toBeTruthy()
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

  it('clears everything on request', () => {
    renderForm('en')
    choose('certifiedTechSme', 'Yes')
    fireEvent.click(screen.getByRole('button', { name: 'Clear all answers' }))
    expect(within(question('certifiedTechSme')).getByRole('radio', { name: 'Yes' }).getAttribute('aria-checked')).toBe('false')
    expect(storage.has(answersStorageKey)).toBe(false)
  })
})
