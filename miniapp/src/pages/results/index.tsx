import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { questionLabel } from '../../components/Questions.tsx'
import { ResultsView } from '../../components/ResultsView.tsx'
import { ErrorView, Loadable, Screen, Sheet } from '../../components/Screen.tsx'
import { a11y } from '../../components/a11y.ts'
import { fieldOfPointer, isBlank, toProfile, type Answers, type StepId } from '../../eligibility/form.ts'
import { decodeAnswers, encodeAnswers, resultsUrl, type DecodedAnswers } from '../../eligibility/link.ts'
import { loadAnswers, saveStep } from '../../eligibility/store.ts'
import { useResource } from '../../hooks/useResource.ts'
import { usePullRefresh } from '../../hooks/usePullRefresh.ts'
import { useShare } from '../../hooks/useShare.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { api, type HttpError } from '../../services/http.ts'
import { go, goHome, measureUrl } from '../../services/nav.ts'
import { appPageUrl, canWebShare, shareLink } from '../../services/share.ts'
import { Btn } from '../../components/Btn.tsx'

/** A short, stable name for a profile, to key its saved result (djb2). */
function hash(text: string): string {
  let h = 5381
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0
  return (h >>> 0).toString(36)
}

/** Back to the form at a step (the form reads the step from storage). */
function editAt(step: StepId) {
  saveStep(step)
  go('/pages/check/index')
}

const openMeasure = (id: string) => go(measureUrl(id))

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
      <Btn kind='primary' onClick={() => editAt('review')}>
        {m.results.editAnswers}
      </Btn>
    </View>
  )
}

/**
 * Before a result leaves the phone: the link carries the company's figures. On WeChat the
 * sheet's button opens WeChat's forward sheet; on H5 the system's, or the link is copied.
 */
function ShareResult({ answers }: { answers: Answers }) {
  const { m } = useLocale()
  const [open, setOpen] = useState(false)
  const url = resultsUrl(answers)
  const share = () => {
    setOpen(false)
    if (process.env.TARO_ENV === 'h5') void shareLink({ url: appPageUrl(url), title: m.results.title }, m.results.linkCopied, m.common.copyFailed)
  }
  return (
    <>
      <Btn block onClick={() => setOpen(true)}>
        {m.results.share}
      </Btn>
      {open && (
        <Sheet title={m.results.share} onClose={() => setOpen(false)}>
          <Text className='sheet__text'>{m.results.shareNote}</Text>
          <View className='sheet__actions'>
            <Btn kind='primary' block share onClick={share}>
              {process.env.TARO_ENV === 'h5' && !canWebShare() ? m.measure.copyLink : m.results.shareConfirm}
            </Btn>
            <Btn block onClick={() => setOpen(false)}>
              {m.common.cancel}
            </Btn>
          </View>
        </Sheet>
      )}
    </>
  )
}

/** A link whose answers cannot be read: say why, and offer a check of one's own. */
function LinkError({ reason }: { reason: Exclude<DecodedAnswers, { ok: true }>['reason'] }) {
  const { m } = useLocale()
  return (
    <View className='state state--error' {...a11y(undefined, 'alert')}>
      <Text className='state__detail'>{reason === 'version' ? m.results.linkNewer : m.results.linkBroken}</Text>
      <Btn kind='primary' onClick={() => go('/pages/check/index')}>
        {m.results.startOwn}
      </Btn>
      <Btn onClick={goHome}>{m.common.home}</Btn>
    </View>
  )
}

export default function Results() {
  const { m } = useLocale()
  const code = useRouter().params.a
  const decoded = useMemo(() => (code === undefined ? ({ ok: true, answers: loadAnswers() } as const) : decodeAnswers(code)), [code])
  // The menu never forwards a company's figures: the friend gets the check, to answer for their own.
  useShare(m.results.title, decoded.ok ? resultsUrl(decoded.answers) : '/pages/index/index', { title: m.check.title, path: '/pages/check/index' })
  return (
    <Screen title={m.results.title}>{decoded.ok ? <ResultsFor answers={decoded.answers} /> : <LinkError reason={decoded.reason} />}</Screen>
  )
}

function ResultsFor({ answers }: { answers: Answers }) {
  const { lang, m } = useLocale()
  const blank = isBlank(answers)
  // Answers other than this phone's came with a link someone shared.
  const shared = useMemo(() => encodeAnswers(loadAnswers()) !== encodeAnswers(answers), [answers])
  const profile = useMemo(() => toProfile(answers), [answers])
  const key = blank ? null : `eligibility:${lang}:${hash(JSON.stringify(profile))}`
  const result = useResource(key, () => api.eligibility(lang, profile))
  usePullRefresh(result.reload)

  if (blank) {
    return (
      <View className='state'>
        <Text className='state__detail'>{m.results.noAnswers}</Text>
        <Btn kind='primary' onClick={() => editAt('company')}>
          {m.results.startCheck}
        </Btn>
      </View>
    )
  }
  return (
    <>
      {shared && <Text className='notice'>{m.results.sharedNotice}</Text>}
      {result.data === undefined && !result.loading && result.error ? (
        <RejectedView error={result.error} onRetry={() => void result.reload()} />
      ) : (
        <Loadable resource={result}>{(data) => <ResultsView response={data} onOpenMeasure={openMeasure} onAnswerMore={shared ? () => go('/pages/check/index') : editAt} />}</Loadable>
      )}
      <View className='actions'>
        {shared ? (
          <Btn block onClick={() => go('/pages/check/index')}>
            {m.results.startOwn}
          </Btn>
        ) : (
          <Btn block onClick={() => editAt('review')}>
            {m.results.editAnswers}
          </Btn>
        )}
        <ShareResult answers={answers} />
      </View>
    </>
  )
}
