import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { LocaleProvider } from '../../miniapp/src/i18n/locale.tsx'
import type { Language } from '../../miniapp/src/locales/index.ts'
import MeasurePage from '../../miniapp/src/pages/measure/index.tsx'
import SourcePage from '../../miniapp/src/pages/source/index.tsx'
import type { MeasureDto, SourceTextDto } from '../../miniapp/src/services/http.ts'
import { apiJson, serveApi } from './api.ts'
import Taro, { useRouter } from './shims/taro.ts'

// Scrolling needs a layout (jsdom has none); the e2e checks where it lands.
vi.mock('../../miniapp/src/services/scroll.ts', () => ({ scrollToId: vi.fn() }))
beforeEach(serveApi)

function openPage(lang: Language, params: Record<string, string>, Page: () => ReactNode) {
  useRouter.mockReturnValue({ params })
  return render(
    <LocaleProvider initial={lang}>
      <Page />
    </LocaleProvider>,
  )
}

/** The measure page's source citation, once the measure has loaded. */
async function citationOf(lang: Language, id: string): Promise<{ measure: MeasureDto; block: HTMLElement }> {
  const measure = await apiJson<MeasureDto>(`/v1/measures/${id}?lang=${lang}`)
  const view = openPage(lang, { id }, MeasurePage)
  await screen.findByText(measure.summary)
  return { measure, block: view.container.querySelector('.citation') as HTMLElement }
}

/** Where the citation's button went: the source screen's route and its query. */
function navigatedTo(): { path: string; params: Record<string, string> } {
  const { url } = Taro.navigateTo.mock.calls.at(-1)![0]
  const [path, query = ''] = url.split('?')
  return { path, params: Object.fromEntries(new URLSearchParams(query)) }
}

describe("a citation on the measure page opens its entry of the release", () => {
  it('in en: the Chinese words labelled as the original, the English translation labelled as such, and a way to the entry', async () => {
    const { measure, block } = await citationOf('en', 'spring-shoots')
    const { quote, translation } = measure.citation
    expect(translation).toBeTruthy()
    const texts = [...block.querySelectorAll('span')].map((s) => s.textContent)
    expect(texts.slice(0, 4)).toEqual(['Original (Chinese)', quote, 'English translation (unofficial)', translation])
    expect(quote).toMatch(/[\u4e00-\u9fff]/)
    expect(block.textContent).not.toMatch(/\bline \d+/i)
    expect(block.textContent).not.toMatch(/[「」]/)

    fireEvent.click(within(block).getByRole('button', { name: 'Read it in the release' }))
    expect(navigatedTo()).toEqual({ path: '/pages/source/index', params: { entry: 'p-spring-shoots' } })
  })

  it('in zh-Hans: just the quote, as the release words it, with no label, no added quotation marks and no line number', async () => {
    const { measure, block } = await citationOf('zh-Hans', 'industrial-foundation')
    const quote = within(block).getByText(measure.citation.quote)
    expect(quote.textContent).toBe(measure.citation.quote)
    expect(within(block).queryByText('原文')).toBeNull()
    expect(within(block).queryByText('译文')).toBeNull()
    expect(block.textContent).not.toMatch(/第 ?\d+ ?行|[「」]/)
    fireEvent.click(within(block).getByRole('button', { name: '在新闻稿中阅读' }))
    expect(navigatedTo()).toEqual({ path: '/pages/source/index', params: { entry: measure.citation.entry! } })
  })

  it.each(['en', 'zh-Hant-TW', 'zh-Hant-HK'] as const)('in %s the entry it opens is marked and holds the quoted words', async (lang) => {
    const { measure, block } = await citationOf(lang, 'future-industries-outlook')
    fireEvent.click(within(block).getByRole('button', { name: /release|新聞稿/ }))
    const { params } = navigatedTo()
    cleanup()

    const source = await apiJson<SourceTextDto>(`/v1/source?lang=${lang}`)
    const entry = source.entries.find((e) => e.id === params.entry)!
    // en quotes the Simplified original and translates it; the Chinese variants quote their own text.
    const quoted = lang === 'en' ? entry.original! : entry.text
    expect(quoted).toContain(measure.citation.quote)
    if (lang === 'en') expect(entry.text).toContain(measure.citation.translation)

    openPage(lang, params, SourcePage)
    await screen.findByText(source.title)
    const marked = document.querySelector('.source-entry--target') as HTMLElement
    expect(marked.id).toBe(`entry-${params.entry}`)
    expect(marked.textContent).toContain(lang === 'en' ? measure.citation.translation : measure.citation.quote)
  })
})
