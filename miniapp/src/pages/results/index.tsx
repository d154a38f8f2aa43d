import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { questionLabel } from '../../components/Questions.tsx'
import { ResultsView } from '../../components/ResultsView.tsx'
import { ErrorView, Loadable, Screen } from '../../components/Screen.tsx'
import { a11y } from '../../components/a11y.ts'
import { fieldOfPointer, isBlank, toProfile, type StepId } from '../../eligibility/form.ts'
import { loadAnswers, saveStep } from '../../eligibility/store.ts'
import { useResource } from '../../hooks/useResource.ts'
import { usePullRefresh } from '../../hooks/usePullRefresh.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { api, type HttpError } from '../../services/http.ts'
import { Btn } from '../../components/Btn.tsx'

/** A short, stable name for a profile, to key its saved result (djb2). */
function hash(text: string): string {
  let h = 5381
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0
  return (h >>> 0).toString(36)
}

/** Back to the form at a step: the form is usually the page below this one. */
function editAt(step: StepId) {
  saveStep(step)
  const pages = Taro.getCurrentPages()
  const below = pages[pages.length - 2]
  if (below && below.route?.replace(/^\//, '').startsWith('pages/check/index')) void Taro.navigateBack()
  else void Taro.navigateTo({ url: `/pages/check/index?step=${step}` })
}

const openMeasure = (id: string) => void Taro.navigateTo({ url: `/pages/measure/index?id=${encodeURIComponent(id)}` })

/** A 400 from the API names fields by JSON pointer: show them with the form's own labels. */
function RejectedView({ error, onRetry }: { error: HttpError; onRetry: () => void }) {
  const { m } = useLocale()
  if (error.kind !== 'problem' || !error.problem.errors?.length) return <ErrorView error={error} onRetry={onRetry} />
  return (
    <View className='state state--error' {...a11y(undefined, 'alert')}>
      <Text className='state__title'>{error.problem.title}</Text>
      {error.problem.errors.map((e) => {
        const field = fieldOfPointer(e.pointer)
        return (
          <Text key={e.pointer + e.code} className='state__detail'>
            {field ? `${questionLabel(m.check.questions, field)}: ` : ''}
            {e.detail}
          </Text>
        )
      })}
      <Btn type='primary' onClick={() => editAt('review')}>
        {m.results.editAnswers}
      </Btn>
    </View>
  )
}

export default function Results() {
  const { lang, m } = useLocale()
  const answers = useMemo(loadAnswers, [])
  const blank = isBlank(answers)
  const profile = useMemo(() => toProfile(answers), [answers])
  const key = blank ? null : `eligibility:${lang}:${hash(JSON.stringify(profile))}`
  const result = useResource(key, () => api.eligibility(lang, profile))
  usePullRefresh(result.reload)

  return (
    <Screen title={m.results.title}>
      {blank ? (
        <View className='state'>
          <Text className='state__detail'>{m.results.noAnswers}</Text>
          <Btn type='primary' onClick={() => editAt('company')}>
            {m.results.startCheck}
          </Btn>
        </View>
      ) : result.data === undefined && !result.loading && result.error ? (
        <RejectedView error={result.error} onRetry={() => void result.reload()} />
      ) : (
        <Loadable resource={result}>{(data) => <ResultsView response={data} onOpenMeasure={openMeasure} onAnswerMore={editAt} />}</Loadable>
      )}
      {!blank && (
        <View className='actions'>
          <Btn fill='outline' block onClick={() => editAt('review')}>
            {m.results.editAnswers}
          </Btn>
        </View>
      )}
    </Screen>
  )
}
