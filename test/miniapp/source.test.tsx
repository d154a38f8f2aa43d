import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { LocaleProvider } from '../../miniapp/src/i18n/locale.tsx'
import type { Language } from '../../miniapp/src/locales/index.ts'
import Home from '../../miniapp/src/pages/index/index.tsx'
import SourcePage, { showOriginalStorageKey } from '../../miniapp/src/pages/source/index.tsx'
import type { PolicyDto, SourceTextDto } from '../../miniapp/src/services/http.ts'
import { scrollToId } from '../../miniapp/src/services/scroll.ts'
import { writeCache } from '../../miniapp/src/services/storage.ts'
import { apiJson, askApi, goOffline, serveApi } from './api.ts'
import Taro, { storage, useRouter } from './shims/taro.ts'

// Where the screen scrolls (the scrolling itself needs a layout: the e2e checks it lands).
vi.mock('../../miniapp/src/services/scroll.ts', () => ({ scrollToId: vi.fn() }))
const scrolled = () => vi.mocked(scrollToId).mock.calls.map(([id]) => id)
beforeEach(serveApi)

function openSource(lang: Language, entry?: string) {
  useRouter.mockReturnValue({ params: entry === undefined ? {} : { entry } })
  return render(
    <LocaleProvider initial={lang}>
      <SourcePage />
    </LocaleProvider>,
  )
}

const release = (lang: Language) => apiJson<SourceTextDto>(`/v1/source?lang=${lang}`)
const policy = (lang: Language) => apiJson<PolicyDto>(`/v1/policy?lang=${lang}`)
const entryElement = (id: string) => document.getElementById(`entry-${id}`) as HTMLElement
const pageText = () => document.body.textContent ?? ''
const attribution = () => document.querySelector('.source-head__attribution')?.textContent
const titleOf = (p: PolicyDto, id: string) => [...p.groups.flatMap((g) => g.namedActions), ...p.plans].find((x) => x.id === id)!.title

describe('the source screen', () => {
  it('in zh-Hans: the release entry by entry, who published it and when, and its page; no switch, no line numbers', async () => {
    const source = await release('zh-Hans')
    openSource('zh-Hans')
    await screen.findByText('北京经开区发布“科创二十条2.0版”')
    for (const entry of source.entries) expect(screen.getAllByText(entry.text).length, entry.id ?? '').toBeGreaterThan(0)
    const headings = screen.getAllByRole('heading').map((h) => h.textContent)
    expect(headings).toEqual(expect.arrayContaining(['“春笋”行动助力企业破土成长', '单个项目最高1亿元研发支持']))
    expect(attribution()).toBe('北京经济技术开发区管理委员会于 2025-04-17 公布')
    expect(screen.getByText('北京市人民政府门户网站（首都之窗）新闻稿，2025年4月17日')).toBeTruthy()
    expect(screen.getByText('https://www.beijing.gov.cn/ywdt/gzdt/202504/t20250417_4067711.html')).toBeTruthy()
    expect(screen.getByRole('button', { name: '复制网址' })).toBeTruthy()
    expect(screen.queryByRole('switch')).toBeNull()
    expect(screen.queryByRole('note')).toBeNull()
    expect(pageText()).not.toMatch(/第 ?\d+ ?行/)
  })

  it('in en: the unofficial translation with its note, and a switch that puts the Simplified original under every entry', async () => {
    const source = await release('en')
    const view = openSource('en')
    await screen.findByText(source.title)
    expect(screen.getByRole('note').textContent).toBe(source.translation!.note)
    expect(source.translation!.note).toMatch(/not an official one/)
    expect(attribution()).toBe('Published by the Administrative Committee of Beijing Economic-Technological Development Area on 2025-04-17')
    expect(pageText()).not.toMatch(/\bline \d+/i)

    const toggle = screen.getByRole('switch', { name: 'Show the original (Simplified Chinese)' })
    expect(toggle.getAttribute('aria-checked')).toBe('false')
    for (const entry of source.entries) expect(screen.queryByText(entry.original!)).toBeNull()

    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-checked')).toBe('true')
    for (const entry of source.entries) {
      // Under its own entry: the title's in the head, every other in its entry.
      expect(within(entryElement(entry.id!)).getByText(entry.original!)).toBeTruthy()
    }
    expect(within(entryElement('p-spring-shoots')).getByText('Original')).toBeTruthy()

    // The choice is kept for the next visit.
    expect(storage.get(showOriginalStorageKey)).toBe(true)
    view.unmount()
    openSource('en')
    await screen.findByText(source.title)
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true')
    fireEvent.click(screen.getByRole('switch'))
    expect(screen.queryByText(source.entries[1].original!)).toBeNull()
  })

  it("in zh-Hant-TW: the portal's own Traditional page and its address, and the Simplified original on request", async () => {
    const source = await release('zh-Hant-TW')
    openSource('zh-Hant-TW')
    await screen.findByText(source.title)
    expect(screen.getByText(source.entries.find((e) => e.id === 'h-project-cap')!.text)).toBeTruthy()
    expect(screen.getByText(source.traditionalUrl)).toBeTruthy()
    expect(attribution()).toBe('北京經濟技術開發區管理委員會於 2025-04-17 公佈')
    expect(screen.queryByRole('note')).toBeNull()
    fireEvent.click(screen.getByRole('switch', { name: '顯示原文（簡體中文）' }))
    expect(within(entryElement('h-project-cap')).getByText('单个项目最高1亿元研发支持')).toBeTruthy()
  })

  it('each entry links to the measures it states, by their titles, and a tap opens the measure', async () => {
    const [source, titles] = await Promise.all([release('en'), policy('en')])
    openSource('en')
    const spring = await waitFor(() => {
      const links = within(entryElement('p-spring-shoots')).getAllByRole('link')
      expect(links.length).toBeGreaterThan(0)
      return links
    })
    expect(spring.map((l) => l.textContent)).toEqual(source.entries.find((e) => e.id === 'p-spring-shoots')!.measures.map((id) => titleOf(titles, id)))
    fireEvent.click(within(entryElement('p-spring-shoots')).getByRole('link', { name: titleOf(titles, 'incubator-building') }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/measure/index?id=incubator-building' })
    // Six plans in one entry; none where the entry states no measure.
    expect(within(entryElement('p-development-plans')).getAllByRole('link')).toHaveLength(6)
    expect(within(entryElement('p-intro')).queryAllByRole('link')).toHaveLength(0)
  })

  it('opened at an entry, it marks that entry and scrolls to it once, not again on a language switch', async () => {
    const onScreen: boolean[] = []
    vi.mocked(scrollToId).mockImplementationOnce((id) => void onScreen.push(document.getElementById(id) !== null))
    openSource('en', 'p-future-industries-outlook')
    await waitFor(() => expect(scrolled()).toEqual(['entry-p-future-industries-outlook']))
    expect(onScreen).toEqual([true])
    const target = entryElement('p-future-industries-outlook')
    expect(target.className).toContain('source-entry--target')
    expect(document.querySelectorAll('.source-entry--target')).toHaveLength(1)

    fireEvent.click(screen.getByRole('button', { name: /^Language/ }))
    fireEvent.click(screen.getByRole('radio', { name: '简体中文' }))
    await screen.findByText('北京经开区发布“科创二十条2.0版”')
    expect(entryElement('p-future-industries-outlook').className).toContain('source-entry--target')
    expect(scrolled()).toHaveLength(1)
  })

  it('waits for the measure links (they push the entry down) before it scrolls', async () => {
    let answerPolicy!: () => void
    const policyHeld = new Promise<void>((resolve) => (answerPolicy = resolve))
    Taro.request.mockImplementation(async (option) => {
      if (option.url.includes('/v1/policy')) await policyHeld
      return askApi(option.url, option.method, option.data)
    })
    openSource('en', 'p-targets')
    await screen.findByText(/^Beijing E-Town releases the/)
    expect(entryElement('p-targets').className).toContain('source-entry--target')
    expect(scrolled()).toEqual([])
    await act(async () => answerPolicy())
    await waitFor(() => expect(scrolled()).toEqual(['entry-p-targets']))
  })

  it('an entry the release does not have marks nothing and scrolls nowhere', async () => {
    openSource('zh-Hans', 'p-nonexistent')
    await screen.findByText('北京经开区发布“科创二十条2.0版”')
    expect(document.querySelectorAll('.source-entry--target')).toHaveLength(0)
    expect(scrolled()).toEqual([])
  })

  it('shows that it is loading until the release arrives', async () => {
    Taro.request.mockImplementation(() => new Promise(() => undefined))
    openSource('en')
    expect(screen.getByRole('status').getAttribute('aria-label')).toBe('Loading…')
  })

  it('offline, the saved copy shows with a notice, its measure links and the marked entry included', async () => {
    writeCache('source:en', await release('en'), new Date(2026, 10, 28, 14, 30).getTime())
    writeCache('policy:en', await policy('en'))
    goOffline()
    openSource('en', 'p-spring-shoots')
    await screen.findByText('You are offline. Showing what was saved on 2026-11-28 14:30.')
    expect(within(entryElement('p-spring-shoots')).getAllByRole('link').length).toBe(2)
    expect(entryElement('p-spring-shoots').className).toContain('source-entry--target')
    expect(scrolled()).toEqual(['entry-p-spring-shoots'])
  })

  it('offline with nothing saved: an error, and a retry that loads the release', async () => {
    goOffline()
    openSource('en')
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy())
    expect(screen.getByText('Cannot reach the server. Check your connection and try again.')).toBeTruthy()
    serveApi()
    await act(async () => screen.getByRole('button', { name: 'Try again' }).click())
    await screen.findByText(/^Beijing E-Town releases the/)
  })
})

describe('the way in', () => {
  it.each([
    ['zh-Hans', '阅读原文'],
    ['en', 'Read the release'],
  ] as const)('in %s, home offers "%s" as a button and beside the release among the sources', async (lang, label) => {
    render(
      <LocaleProvider initial={lang}>
        <Home />
      </LocaleProvider>,
    )
    fireEvent.click(await screen.findByRole('button', { name: label }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/source/index' })
    fireEvent.click(screen.getByRole('link', { name: label }))
    expect(Taro.navigateTo).toHaveBeenCalledTimes(2)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/source/index' })
  })
})
