import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ReactNode } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyAnswers, type Answers } from '../../miniapp/src/eligibility/form.ts'
import { encodeAnswers } from '../../miniapp/src/eligibility/link.ts'
import { saveAnswers } from '../../miniapp/src/eligibility/store.ts'
import { LocaleProvider } from '../../miniapp/src/i18n/locale.tsx'
import type { Language } from '../../miniapp/src/locales/index.ts'
import CheckPage from '../../miniapp/src/pages/check/index.tsx'
import HomePage from '../../miniapp/src/pages/index/index.tsx'
import MeasurePage from '../../miniapp/src/pages/measure/index.tsx'
import MeasuresPage from '../../miniapp/src/pages/measures/index.tsx'
import ResultsPage from '../../miniapp/src/pages/results/index.tsx'
import SourcePage from '../../miniapp/src/pages/source/index.tsx'
import type { MeasureDto, MeasureListDto } from '../../miniapp/src/services/http.ts'
import { apiJson, askApi, serveApi } from './api.ts'
import Taro, { storage, useRouter, useShareAppMessage, useShareTimeline } from './shims/taro.ts'

vi.mock('../../miniapp/src/services/scroll.ts', () => ({ scrollToId: vi.fn() }))
beforeEach(serveApi)

function open(Page: () => ReactNode, lang: Language = 'en', params: Record<string, string> = {}) {
  useRouter.mockReturnValue({ params })
  return render(
    <LocaleProvider initial={lang}>
      <Page />
    </LocaleProvider>,
  )
}

const company: Answers = { ...emptyAnswers, operatesInYizhuangNewTown: 'yes', certifiedTechSme: 'yes', rents: 'yes', rentAreaSqm: '800', rentYuanPerSqmPerDay: '1.8', employees: '60' }

describe('the measure page', () => {
  it.each(['zh-Hans', 'en'] as const)('in %s prints the 1.0 label of a figure once: the API already writes it', async (lang) => {
    const list = await apiJson<MeasureListDto>(`/v1/measures?lang=${lang}`)
    let checked = 0
    for (const { id } of list.measures) {
      const measure = await apiJson<MeasureDto>(`/v1/measures/${id}?lang=${lang}`)
      const previous = measure.figures.flatMap((f) => (f.previous ? [f.previous.text] : []))
      if (previous.length === 0) continue
      const view = open(MeasurePage, lang, { id })
      await screen.findByText(measure.summary)
      for (const text of previous) expect(within(view.container).getAllByText(text).length).toBeGreaterThan(0)
      expect(view.container.textContent).not.toMatch(/(1\.0 ?版|Version 1\.0)[：:]\s*(1\.0 ?版|Version 1\.0)/)
      expect(view.container.textContent).not.toContain('1.0 版')
      view.unmount()
      checked++
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('in English is tagged in the singular, as the list\'s cards are', async () => {
    const view = open(MeasurePage, 'en', { id: 'spring-shoots' })
    await screen.findByText('Tiered business space and support se', { exact: false })
    expect([...view.container.querySelectorAll('.hero .badge')].map((b) => b.textContent)).toContain('Key action')
    expect(view.container.textContent).not.toContain('Key actions')
  })

  it('opened at an unknown id says so and offers the list and home, with no pointless retry', async () => {
    open(MeasurePage, 'zh-Hans', { id: 'no-such-measure' })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('没有找到这项措施')).toBeTruthy()
    expect(alert.textContent).not.toContain('/v1/measures')
    expect(within(alert).queryByRole('button', { name: '重试' })).toBeNull()
    fireEvent.click(within(alert).getByRole('button', { name: '查看全部措施' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/measures/index' })
    fireEvent.click(within(alert).getByRole('button', { name: '回到首页' }))
    expect(Taro.reLaunch).toHaveBeenLastCalledWith({ url: '/pages/index/index' })
  })
})

describe('the measures list', () => {
  it('opens with cards that have amounts, each tagged in the singular', async () => {
    const view = open(MeasuresPage, 'en')
    await screen.findByText('15 measures')
    const cards = [...view.container.querySelectorAll('.measure-card')]
    expect(cards[0].querySelector('.amount-chip')).not.toBeNull()
    expect(cards[1].querySelector('.amount-chip')).not.toBeNull()
    const tags = cards.map((c) => c.querySelector('.badge')?.textContent)
    expect(new Set(tags)).toEqual(new Set(['Key action', 'Development plan']))
    // The filter still names the kinds in the plural.
    expect(screen.getByRole('button', { name: 'Key actions' })).toBeTruthy()
  })
})

describe('a page whose data arrives in an unexpected shape', () => {
  it('shows an error screen with retry and home instead of a blank page; retry loads afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    saveAnswers(company)
    Taro.request.mockImplementation(async () => ({ statusCode: 200, data: { results: 'changed', notEvaluated: null }, header: {} }))
    open(ResultsPage, 'en', { a: encodeAnswers(company) })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('This page cannot be shown')).toBeTruthy()
    fireEvent.click(within(alert).getByRole('button', { name: 'Home' }))
    expect(Taro.reLaunch).toHaveBeenLastCalledWith({ url: '/pages/index/index' })

    // The bad copy was saved offline; a retry forgets it and asks the (now fixed) API again.
    expect([...storage.keys()].some((k) => k.startsWith('cache:v1:eligibility'))).toBe(true)
    serveApi()
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText(/eligible, .* need more information/)).toBeTruthy()
  })
})

describe('the results link', () => {
  it('opens the result of the answers it carries, and says they are someone else\'s', async () => {
    open(ResultsPage, 'en', { a: encodeAnswers(company) })
    expect(await screen.findByText(/Someone shared this result with you/)).toBeTruthy()
    const spring = await screen.findByText('CNY 1,314,000')
    expect(spring).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Check my own company' })).toBeTruthy()
  })

  it.each([
    ['2.yyyy~1', 'This link comes from a newer version of the app. Update it, then open the link again.'],
    ['1.zz~~', 'This link is incomplete or damaged, so the answers cannot be restored.'],
    ['<script>', 'This link is incomplete or damaged, so the answers cannot be restored.'],
  ])('with "%s" says what is wrong and offers a check of one\'s own', async (a, message) => {
    open(ResultsPage, 'en', { a })
    const alert = screen.getByRole('alert')
    expect(within(alert).getByText(message)).toBeTruthy()
    fireEvent.click(within(alert).getByRole('button', { name: 'Check my own company' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/check/index' })
    expect(Taro.request).not.toHaveBeenCalled()
  })

  it('is shared only after the person has read that it carries the company\'s figures (H5: copied without Web Share)', async () => {
    saveAnswers(company)
    open(ResultsPage, 'zh-Hans', { a: encodeAnswers(company) })
    await screen.findByText('131.4万元')
    expect(screen.queryByText(/别人分享/)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '分享测算结果' }))
    const sheet = screen.getByRole('dialog', { name: '分享测算结果' })
    expect(within(sheet).getByText(/链接里带有您填写的企业数据/)).toBeTruthy()
    expect(Taro.setClipboardData).not.toHaveBeenCalled()
    await act(async () => fireEvent.click(within(sheet).getByRole('button', { name: '复制本页链接' })))
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: `${location.href.split('#')[0]}#/pages/results/index?a=${encodeAnswers(company)}` })
  })

  it('is where the form sends the answers', async () => {
    saveAnswers(company)
    storage.set('eligibility:step:v1', 'review')
    open(CheckPage, 'en')
    fireEvent.click(screen.getByRole('button', { name: 'See my results' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/pages/results/index?a=${encodeAnswers(company)}` })
  })
})

describe('sharing', () => {
  const pages = { index: HomePage, measures: MeasuresPage, measure: MeasurePage, check: CheckPage, results: ResultsPage, source: SourcePage }
  const config = (page: string) => readFileSync(resolve(import.meta.dirname, `../../miniapp/src/pages/${page}/index.config.ts`), 'utf8')

  it.each(Object.keys(pages))('%s can be forwarded to a chat, with its own page as the link', (name) => {
    expect(config(name)).toMatch(/enableShareAppMessage: true/)
    open(pages[name as keyof typeof pages], 'en', name === 'measure' ? { id: 'spring-shoots' } : {})
    const share = useShareAppMessage.mock.calls.at(-1)?.[0] as (event: { from: string }) => { title: string; path: string }
    expect(share({ from: 'menu' }).path).toMatch(new RegExp(`^/pages/${name === 'results' ? 'check' : name}/index`))
    expect(share({ from: 'menu' }).title).not.toBe('')
  })

  it.each(['index', 'measures', 'measure'])('%s can also be shared to Moments', (name) => {
    expect(config(name)).toMatch(/enableShareTimeline: true/)
    open(pages[name as keyof typeof pages], 'en', name === 'measure' ? { id: 'spring-shoots' } : {})
    expect(useShareTimeline).toHaveBeenCalled()
  })

  it('a result shares the link with its answers from its share button, and never from the menu', async () => {
    open(ResultsPage, 'en', { a: encodeAnswers(company) })
    const share = useShareAppMessage.mock.calls.at(-1)?.[0] as (event: { from: string }) => { path: string }
    expect(share({ from: 'button' }).path).toBe(`/pages/results/index?a=${encodeAnswers(company)}`)
    // WeChat's ··· menu comes without the page's word on what the link carries.
    expect(share({ from: 'menu' }).path).toBe('/pages/check/index')
    await askApi('http://api.test/v1/policy') // let the page's request settle before the next test
  })
})
