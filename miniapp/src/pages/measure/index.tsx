import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { Loadable, Screen, Section } from '../../components/Screen.tsx'
import { a11y } from '../../components/a11y.ts'
import { useResource } from '../../hooks/useResource.ts'
import { usePullRefresh } from '../../hooks/usePullRefresh.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { api, type CitationDto, type FigureDto, type MeasureDto, type SourceEntryId } from '../../services/http.ts'
import { copyText, currentPageUrl, openExternal } from '../../services/share.ts'
import { Btn } from '../../components/Btn.tsx'

/** Opens the entry of the release a citation quotes, in the source screen. */
const sourceEntryUrl = (entry: SourceEntryId) => `/pages/source/index?entry=${encodeURIComponent(entry)}`

/**
 * A citation: the source's own words, and in English (where they are Chinese) their translation,
 * each labelled; where the words come from, with the entry they stand in (no line numbers: they
 * number a stored file, not anything a reader sees).
 */
function Citation({ citation }: { citation: CitationDto }) {
  const { m } = useLocale()
  const entry = citation.entry
  return (
    <View className='citation'>
      {citation.translation ? (
        <>
          <Text className='citation__label'>{m.measure.quoteOriginal}</Text>
          <Text className='citation__quote' selectable userSelect>
            {citation.quote}
          </Text>
          <Text className='citation__label'>{m.measure.quoteTranslation}</Text>
          <Text className='citation__quote citation__quote--translation'>{citation.translation}</Text>
        </>
      ) : (
        <Text className='citation__quote' selectable userSelect>
          {citation.quote}
        </Text>
      )}
      <Text className='muted small'>{m.measure.sourceKinds[citation.source]}</Text>
      {entry && (
        <View className='citation__read'>
          <Btn size='small' type='primary' fill='outline' onClick={() => void Taro.navigateTo({ url: sourceEntryUrl(entry) })}>
            {m.measure.readInSource}
          </Btn>
        </View>
      )}
      {citation.url && (
        <View className='citation__url'>
          <Text className='url' selectable userSelect>
            {citation.url}
          </Text>
          <View className='row'>
            {process.env.TARO_ENV === 'h5' && (
              <Btn size='small' fill='outline' onClick={() => openExternal(citation.url!, m.measure.urlCopied, m.common.copyFailed)}>
                {m.measure.openSource}
              </Btn>
            )}
            <Btn size='small' fill='outline' onClick={() => void copyText(citation.url!, m.measure.urlCopied, m.common.copyFailed)}>
              {m.measure.copyUrl}
            </Btn>
          </View>
        </View>
      )}
    </View>
  )
}

function Figure({ figure }: { figure: FigureDto }) {
  const { m, t } = useLocale()
  return (
    <View className='figure'>
      <Text className='figure__label'>{figure.label}</Text>
      <Text className='figure__value'>{figure.text}</Text>
      {figure.since && <Text className='muted small'>{t(m.measure.figureSince, { date: figure.since })}</Text>}
      {figure.previous && (
        <Text className='figure__previous'>
          {m.measure.previous}：{figure.previous.text}
        </Text>
      )}
    </View>
  )
}

function ShareButton({ measure }: { measure: MeasureDto }) {
  const { m } = useLocale()
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Btn openType='share' fill='outline' block>
        {m.measure.share}
      </Btn>
    )
  }
  return (
    <Btn fill='outline' block onClick={() => void copyText(currentPageUrl(), m.measure.linkCopied, m.common.copyFailed)} {...a11y(`${m.measure.copyLink}: ${measure.title}`)}>
      {m.measure.copyLink}
    </Btn>
  )
}

function Detail({ measure }: { measure: MeasureDto }) {
  const { m } = useLocale()
  return (
    <View>
      <View className='hero hero--measure'>
        <View className='measure-card__tags'>
          <Text className='badge badge--on-dark'>{measure.kind === 'action' ? m.measures.kindAction : m.measures.kindPlan}</Text>
          {measure.eligibilityEvaluated && <Text className='badge badge--check'>{m.measures.checkable}</Text>}
        </View>
        <Text className='hero__title' {...a11y(undefined, 'heading')}>
          {measure.title}
        </Text>
        {measure.name && <Text className='hero__name'>{measure.name}</Text>}
        <Text className='hero__summary'>{measure.summary}</Text>
      </View>

      <View className='actions'>
        {measure.eligibilityEvaluated && (
          <Btn type='primary' block onClick={() => void Taro.navigateTo({ url: '/pages/check/index' })}>
            {m.measure.checkThis}
          </Btn>
        )}
        <ShareButton measure={measure} />
      </View>

      <Section title={m.measure.whatYouGet}>
        {measure.benefits.map((benefit) => (
          <View key={benefit.key} className='card benefit'>
            <Text>{benefit.text}</Text>
            {benefit.amounts.length > 0 && (
              <View className='amounts'>
                {benefit.amounts.map((a) => (
                  <Text key={a.id} className='amount-chip'>
                    {a.text}
                  </Text>
                ))}
              </View>
            )}
          </View>
        ))}
        {measure.benefits.length === 0 && <Text className='muted'>{m.measure.notStated}</Text>}
      </Section>

      <Section title={m.measure.whoQualifies}>
        {measure.conditions.length > 0 ? (
          <View className='list'>
            {measure.conditions.map((c) => (
              <Text key={c.id} className='list__item'>
                • {c.text}
              </Text>
            ))}
          </View>
        ) : (
          <Text className='muted'>{m.measure.noConditions}</Text>
        )}
      </Section>

      {measure.figures.length > 0 && (
        <Section title={m.measure.figures}>
          <View className='figures'>
            {measure.figures.map((f) => (
              <Figure key={f.id} figure={f} />
            ))}
          </View>
        </Section>
      )}

      {measure.changes.length > 0 && (
        <Section title={m.measure.changes} className='changes'>
          {measure.changes.map((c) => (
            <Text key={c.figureId} className='change'>
              {c.text}
            </Text>
          ))}
        </Section>
      )}

      {measure.notes.length > 0 && (
        <Section title={m.measure.notes}>
          {measure.notes.map((n) => (
            <Text key={n.key} className='note'>
              {n.text}
            </Text>
          ))}
        </Section>
      )}

      {measure.notStated.length > 0 && (
        <Section title={m.measure.notStated}>
          {measure.notStated.map((n) => (
            <Text key={n.aspect} className='note'>
              {n.text}
            </Text>
          ))}
        </Section>
      )}

      <Section title={m.measure.source}>
        <Citation citation={measure.citation} />
      </Section>
    </View>
  )
}

export default function MeasurePage() {
  const { lang, m } = useLocale()
  const id = useRouter().params.id ?? ''
  const measure = useResource(id ? `measure:${id}:${lang}` : null, () => api.measure(lang, id))
  usePullRefresh(measure.reload)

  useEffect(() => {
    if (process.env.TARO_ENV === 'weapp') void Taro.showShareMenu({ withShareTicket: false }).catch(() => undefined)
  }, [])
  useShareAppMessage(() => ({ title: measure.data?.title ?? m.app.name, path: `/pages/measure/index?id=${encodeURIComponent(id)}` }))

  return (
    <Screen title={measure.data?.title ?? m.measure.title} showHeading={!measure.data}>
      <Loadable resource={measure}>{(data) => <Detail measure={data} />}</Loadable>
    </Screen>
  )
}
