import { Text, View } from '@tarojs/components'
import { useLocale } from '../i18n/locale.tsx'
import { formatYuan } from '../locales/index.ts'
import { stepOfPointer, type StepId } from '../eligibility/form.ts'
import type { EligibilityResponseDto, EligibilityResultDto } from '../services/http.ts'
import { a11y } from './a11y.ts'
import { Btn } from './Btn.tsx'

const order: Record<EligibilityResultDto['status'], number> = { eligible: 0, 'needs-info': 1, ineligible: 2 }
const outcomeIcon = { passed: '✓', failed: '✗', missing: '?', unstated: '?', info: 'i' } as const

/** Eligible first, then the ones a few more answers would settle, then the rest. */
export function sortResults(results: readonly EligibilityResultDto[]): EligibilityResultDto[] {
  return [...results].sort((a, b) => order[a.status] - order[b.status])
}

/** The form step that asks for the first input a needs-info result is missing. */
export function stepForMissing(result: EligibilityResultDto): StepId | null {
  for (const pointer of result.missing) {
    const step = stepOfPointer(pointer)
    if (step) return step
  }
  return null
}

function ResultCard({ result, onOpenMeasure, onAnswerMore }: { result: EligibilityResultDto; onOpenMeasure: (id: string) => void; onAnswerMore: (step: StepId) => void }) {
  const { m, t, lang } = useLocale()
  const missingStep = result.status === 'needs-info' ? stepForMissing(result) : null
  return (
    <View className={`card result result--${result.status}`} id={`result-${result.measureId}`}>
      <View className='result__head'>
        <Text className='result__title' onClick={() => onOpenMeasure(result.measureId)} {...a11y(result.title, 'link')}>
          {result.title}
        </Text>
        <Text className={`badge badge--${result.status}`}>{result.statusText}</Text>
      </View>
      {result.amount && (
        <View className='result__amount'>
          <Text className='result__amount-label'>{m.results.maxAmount}</Text>
          <Text className='result__amount-value'>{result.amount.text}</Text>
          {result.amount.perYearYuan !== undefined && (
            <Text className='result__per-year'>{t(m.results.perYear, { amount: formatYuan(result.amount.perYearYuan, lang, m) })}</Text>
          )}
        </View>
      )}
      {result.explanation && (
        <View className='result__explanation'>
          <Text className='result__subtitle'>{m.results.howComputed}</Text>
          <Text>{result.explanation}</Text>
        </View>
      )}
      {result.status === 'needs-info' && <Text className='result__subtitle'>{m.results.stillNeeded}</Text>}
      {result.status !== 'needs-info' && result.reasons.length > 0 && <Text className='result__subtitle'>{m.results.reasons}</Text>}
      <View className='reasons'>
        {result.reasons.map((reason) => (
          <View key={reason.code} className={`reason reason--${reason.outcome}`}>
            <Text className='reason__icon' {...a11y(m.results.outcome[reason.outcome])}>
              {outcomeIcon[reason.outcome]}
            </Text>
            <Text className='reason__text'>{reason.text}</Text>
          </View>
        ))}
      </View>
      {missingStep && (
        <Btn small onClick={() => onAnswerMore(missingStep)}>
          {m.results.answerMore}
        </Btn>
      )}
    </View>
  )
}

export function ResultsView({
  response,
  onOpenMeasure,
  onAnswerMore,
}: {
  response: EligibilityResponseDto
  onOpenMeasure: (id: string) => void
  onAnswerMore: (step: StepId) => void
}) {
  const { m, t } = useLocale()
  const count = (status: EligibilityResultDto['status']) => response.results.filter((r) => r.status === status).length
  return (
    <View className='results'>
      <Text className='results__summary' {...a11y(undefined, 'status')}>
        {t(m.results.summary, { eligible: count('eligible'), needsInfo: count('needs-info'), ineligible: count('ineligible') })}
      </Text>
      {sortResults(response.results).map((result) => (
        <ResultCard key={result.measureId} result={result} onOpenMeasure={onOpenMeasure} onAnswerMore={onAnswerMore} />
      ))}
      {response.notEvaluated.length > 0 && (
        <View className='card not-evaluated'>
          <Text className='result__subtitle'>{m.results.notEvaluated}</Text>
          <Text className='muted small'>{m.results.notEvaluatedHint}</Text>
          <View className='chips'>
            {response.notEvaluated.map((n) => (
              <View key={n.measureId} className='chip chip--link' onClick={() => onOpenMeasure(n.measureId)} {...a11y(n.title, 'link')}>
                {n.title}
              </View>
            ))}
          </View>
        </View>
      )}
      <Text className='muted small disclaimer'>{m.results.disclaimer}</Text>
    </View>
  )
}
