import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Loadable, Screen, Section } from '../../components/Screen.tsx'
import { a11y, heading } from '../../components/a11y.ts'
import { useResource } from '../../hooks/useResource.ts'
import { usePullRefresh } from '../../hooks/usePullRefresh.ts'
import { useMoments, useShare } from '../../hooks/useShare.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { api, type CitationDto, type FigureDto, type MeasureDto, type SourceEntryId } from '../../services/http.ts'
import { go, goHome, measureUrl } from '../../services/nav.ts'
import { canWebShare, copyText, currentPageUrl, openExternal, shareLink } from '../../services/share.ts'
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
          <Btn small onClick={() => go(sourceEntryUrl(entry))}>
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
              <Btn small onClick={() => openExternal(citation.url!, m.measure.urlCopied, m.common.copyFailed)}>
                {m.measure.openSource}
              </Btn>
            )}
            <Btn small onClick={() => void copyText(citation.url!, m.measure.urlCopied, m.common.copyFailed)}>
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
  // The API's previous.text carries its own label (1.0版：…, Version 1.0: …): add none here.
  return (
    <View className='figure'>
      <Text className='figure__label'>{figure.label}</Text>
      <Text className='figure__value'>{figure.text}</Text>
      {figure.since && <Text className='muted small'>{t(m.measure.figureSince, { date: figure.since })}</Text>}
      {figure.previous && <Text className='figure__previous'>{figure.previous.text}</Text>}
    </View>
  )
}

function ShareButton({ measure }: { measure: MeasureDto }) {
  const { m } = useLocale()
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Btn share block>
        {m.measure.share}
      </Btn>
    )
  }
  return (
    <Btn block onClick={() => void shareLink({ url: currentPageUrl(), title: measure.title }, m.measure.linkCopied, m.common.copyFailed)}>
      {canWebShare() ? m.measure.share : m.measure.copyLink}
    </Btn>
  )
}

function Detail({ measure }: { measure: MeasureDto }) {
  const { m } = useLocale()
  return (
    <View>
      <View className='hero hero--measure'>
        <View className='measure-card__tags'>
          <Text className='badge badge--on-dark'>{measure.kind === 'action' ? m.measures.actionTag : m.measures.planTag}</Text>
          {measure.eligibilityEvaluated && <Text className='badge badge--check'>{m.measures.checkable}</Text>}
        </View>
        <Text className='hero__title' {...heading(1)}>
          {measure.title}
        </Text>
        {measure.name && <Text className='hero__name'>{measure.name}</Text>}
        <Text className='hero__summary'>{measure.summary}</Text>
      </View>

      <View className='actions'>
        {measure.eligibilityEvaluated && (
          <Btn kind='primary' block onClick={() => go('/pages/check/index')}>
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

/** A link with an unknown id: say so, and offer the way on (asking the API again would not help). */
function NotFound() {
  const { m } = useLocale()
  return (
    <View className='state' {...a11y(undefined, 'alert')}>
      <Text className='state__title'>{m.measure.notFound}</Text>
      <Text className='state__detail'>{m.measure.notFoundDetail}</Text>
      <Btn kind='primary' onClick={() => go('/pages/measures/index')}>
        {m.measure.allMeasures}
      </Btn>
      <Btn onClick={goHome}>{m.common.home}</Btn>
    </View>
  )
}

export default function MeasurePage() {
  const { lang, m } = useLocale()
  const id = useRouter().params.id ?? ''
  const measure = useResource(id ? `measure:${id}:${lang}` : null, () => api.measure(lang, id))
  usePullRefresh(measure.reload)

  const title = measure.data?.title ?? m.measure.title
  useShare(title, measureUrl(id))
  useMoments(title, `id=${encodeURIComponent(id)}`)

  return (
    <Screen title={title} showHeading={!measure.data}>
      <Loadable resource={measure} notFound={<NotFound />}>
        {(data) => <Detail measure={data} />}
      </Loadable>
    </Screen>
  )
}
