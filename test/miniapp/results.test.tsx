import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ResultsView, sortResults, stepForMissing } from '../../miniapp/src/components/ResultsView.tsx'
import { LocaleProvider } from '../../miniapp/src/i18n/locale.tsx'
import type { EligibilityResponseDto, EligibilityResultDto } from '../../miniapp/src/services/http.ts'

const citation = { source: 'article' as const, url: 'https://example.org', line: 22, entry: 'p-spring-shoots' as const, quote: '…' }
const result = (patch: Partial<EligibilityResultDto> & Pick<EligibilityResultDto, 'measureId' | 'status'>): EligibilityResultDto => ({
  title: patch.measureId,
  statusText: patch.status,
  amount: null,
  explanation: null,
  reasons: [],
  missing: [],
  trace: { conditions: [], steps: [] },
  ...patch,
})

// Shaped like a real answer of POST /v1/eligibility?lang=en.
const response: EligibilityResponseDto = {
  results: [
    result({
      measureId: 'industrial-foundation',
      title: 'Industrial Foundation Action',
      status: 'needs-info',
      statusText: 'More information needed',
      missing: ['/profile/cabbageHeartProject'],
      reasons: [
        { code: 'a', kind: 'condition', outcome: 'missing', passed: false, text: 'Tell us whether the company carries out a Baicaixin core project.', citation },
      ],
    }),
    result({
      measureId: 'leading-industry-chains',
      title: 'Leading Industry Chain Strengthening Action',
      status: 'ineligible',
      statusText: 'Not eligible',
      reasons: [{ code: 'b', kind: 'condition', outcome: 'failed', passed: false, text: 'The company has no open-bidding project.', citation }],
    }),
    result({
      measureId: 'spring-shoots',
      title: 'SME "Chunsun" (Spring Shoots) Action',
      status: 'eligible',
      statusText: 'Eligible',
      amount: { maxYuan: 1314000, perYearYuan: 438000, text: 'CNY 1,314,000' },
      explanation: 'CNY 1.5 per m² per day × 800 m² × 365 days = CNY 438,000 a year; over 3 consecutive years, at most CNY 1,314,000.',
      reasons: [{ code: 'c', kind: 'condition', outcome: 'passed', passed: true, text: 'The company is a certified tech-based SME.', citation }],
    }),
  ],
  notEvaluated: [{ measureId: 'rd-investment-incentives', title: 'R&D Investment Incentives', reason: 'Not assessed' }],
}

describe('the results', () => {
  it('puts eligible measures first, then the ones more answers would settle', () => {
    expect(sortResults(response.results).map((r) => r.status)).toEqual(['eligible', 'needs-info', 'ineligible'])
  })

  it('shows each status, the maximum amount, the yearly amount and the reasons', () => {
    render(
      <LocaleProvider initial='en'>
        <ResultsView response={response} onOpenMeasure={vi.fn()} onAnswerMore={vi.fn()} />
      </LocaleProvider>,
    )
    expect(screen.getByText('1 eligible, 1 need more information, 1 not eligible.')).toBeTruthy()
    const spring = document.getElementById('result-spring-shoots') as HTMLElement
    expect(within(spring).getByText('Eligible')).toBeTruthy()
    expect(within(spring).getByText('CNY 1,314,000')).toBeTruthy()
    expect(within(spring).getByText('CNY 438,000 a year')).toBeTruthy()
    expect(within(spring).getByText('The company is a certified tech-based SME.')).toBeTruthy()
    expect(within(spring).getByLabelText('Met')).toBeTruthy()
    const chains = document.getElementById('result-leading-industry-chains') as HTMLElement
    expect(within(chains).getByLabelText('Not met')).toBeTruthy()
    expect(screen.getByText('R&D Investment Incentives')).toBeTruthy()
  })

  it('offers to add the missing information at the right step', () => {
    const onAnswerMore = vi.fn()
    render(
      <LocaleProvider initial='zh-Hans'>
        <ResultsView response={response} onOpenMeasure={vi.fn()} onAnswerMore={onAnswerMore} />
      </LocaleProvider>,
    )
    expect(stepForMissing(response.results[0])).toBe('projects')
    fireEvent.click(screen.getByRole('button', { name: '补充信息' }))
    expect(onAnswerMore).toHaveBeenCalledWith('projects')
  })

  it('in Chinese, counts the yearly amount in 万元', () => {
    render(
      <LocaleProvider initial='zh-Hant'>
        <ResultsView response={response} onOpenMeasure={vi.fn()} onAnswerMore={vi.fn()} />
      </LocaleProvider>,
    )
    expect(screen.getByText('每年 43.8萬元')).toBeTruthy()
    expect(screen.getByText('1 項可以享受，1 項需要補充信息，1 項不符合條件。')).toBeTruthy()
  })
})
