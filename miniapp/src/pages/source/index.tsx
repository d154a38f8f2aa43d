import { useReady, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { Loadable, Screen } from '../../components/Screen.tsx'
import { a11y, heading } from '../../components/a11y.ts'
import { Btn } from '../../components/Btn.tsx'
import { useResource } from '../../hooks/useResource.ts'
import { usePullRefresh } from '../../hooks/usePullRefresh.ts'
import { useShare } from '../../hooks/useShare.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { api, type PolicyDto, type SourceEntryDto, type SourceTextDto } from '../../services/http.ts'
import { go, measureUrl } from '../../services/nav.ts'
import { copyText, openExternal } from '../../services/share.ts'
import { scrollToId } from '../../services/scroll.ts'
import { readStored, writeStored } from '../../services/storage.ts'

/** Whether the reader keeps the Simplified original shown under each entry. */
export const showOriginalStorageKey = 'settings:source-original'

export const entryElementId = (id: string) => `entry-${id}`

const openMeasure = (id: string) => go(measureUrl(id))

/** Measure titles by id, from the policy (it names every action and plan, and home keeps it offline). */
function measureTitles(policy: PolicyDto | undefined): Map<string, string> {
  const titles = new Map<string, string>()
  for (const group of policy?.groups ?? []) for (const action of group.namedActions) titles.set(action.id, action.title)
  for (const plan of policy?.plans ?? []) titles.set(plan.id, plan.title)
  return titles
}

function MeasureLinks({ ids, titles }: { ids: readonly string[]; titles: Map<string, string> }) {
  const { m } = useLocale()
  // Until the titles arrive (or offline with none saved) there is nothing readable to link with.
  const known = ids.filter((id) => titles.has(id))
  if (known.length === 0) return null
  return (
    <View className='source-entry__measures' {...a11y(m.source.measuresHere, 'group')}>
      <Text className='source-entry__measures-label'>{m.source.measuresHere}</Text>
      <View className='chips'>
        {known.map((id) => (
          <View key={id} className='chip chip--link' onClick={() => openMeasure(id)} {...a11y(undefined, 'link')}>
            {titles.get(id)}
          </View>
        ))}
      </View>
    </View>
  )
}

function Original({ text }: { text: string }) {
  const { m } = useLocale()
  return (
    <View className='source-entry__original'>
      <Text className='source-entry__original-label'>{m.source.originalLabel}</Text>
      <Text className='source-entry__original-text' selectable userSelect>
        {text}
      </Text>
    </View>
  )
}

function Entry({ entry, target, showOriginal, titles }: { entry: SourceEntryDto; target: boolean; showOriginal: boolean; titles: Map<string, string> }) {
  return (
    <View id={entryElementId(entry.id ?? '')} className={`source-entry source-entry--${entry.kind}${target ? ' source-entry--target' : ''}`}>
      <Text className='source-entry__text' selectable userSelect {...(entry.kind === 'heading' ? heading(2) : {})}>
        {entry.text}
      </Text>
      {showOriginal && entry.original && <Original text={entry.original} />}
      <MeasureLinks ids={entry.measures} titles={titles} />
    </View>
  )
}

function OriginalSwitch({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  const { m } = useLocale()
  return (
    <View className={`switch${on ? ' switch--on' : ''}`} onClick={onToggle} {...a11y(m.source.showOriginal, 'switch', { checked: on })}>
      <Text className='switch__label'>{m.source.showOriginal}</Text>
      <View className='switch__track' aria-hidden='true'>
        <View className='switch__knob' />
      </View>
    </View>
  )
}

/** Who published the release and when; the date never breaks at its hyphens. */
function Attribution({ publisher, date }: { publisher: string; date: string }) {
  const { m, t } = useLocale()
  const [before, after = ''] = m.source.attribution.split('{date}')
  return (
    <Text className='source-head__attribution'>
      {t(before, { publisher })}
      <Text className='nowrap'>{date}</Text>
      {t(after, { publisher })}
    </Text>
  )
}

function Release({ source, target, titles }: { source: SourceTextDto; target: string | undefined; titles: Map<string, string> }) {
  const { lang, m } = useLocale()
  const [showOriginal, setShowOriginal] = useState(() => readStored(showOriginalStorageKey) === true)
  const toggle = () => {
    setShowOriginal(!showOriginal)
    writeStored(showOriginalStorageKey, !showOriginal)
  }
  const hasOriginal = lang !== 'zh-Hans' && source.entries.some((e) => e.original)
  const title = source.entries.find((e) => e.kind === 'title')
  const body = source.entries.filter((e) => e.kind !== 'title')

  return (
    <View className='release'>
      <View id={entryElementId('title')} className={`card source-head${target === 'title' ? ' source-entry--target' : ''}`}>
        <Text className='source-head__kicker'>{source.description}</Text>
        <Text className='source-head__title' selectable userSelect {...heading(2)}>
          {source.title}
        </Text>
        {showOriginal && hasOriginal && title?.original && <Original text={title.original} />}
        <Attribution publisher={source.publisher} date={source.published.slice(0, 10)} />
        <Text className='url' selectable userSelect>
          {source.url}
        </Text>
        <View className='row'>
          {process.env.TARO_ENV === 'h5' && (
            <Btn small onClick={() => openExternal(source.url, m.source.urlCopied, m.common.copyFailed)}>
              {m.source.openPage}
            </Btn>
          )}
          <Btn small onClick={() => void copyText(source.url, m.source.urlCopied, m.common.copyFailed)}>
            {m.source.copyUrl}
          </Btn>
        </View>
      </View>

      {source.translation && (
        <Text className='notice translation-note' {...a11y(undefined, 'note')}>
          {source.translation.note}
        </Text>
      )}

      {hasOriginal && <OriginalSwitch on={showOriginal} onToggle={toggle} />}

      <View className='card source-body'>
        {body.map((entry) => (
          <Entry key={entry.id} entry={entry} target={entry.id === target} showOriginal={showOriginal && hasOriginal} titles={titles} />
        ))}
      </View>
    </View>
  )
}

export default function SourcePage() {
  const { lang, m } = useLocale()
  const target = useRouter().params.entry || undefined
  const source = useResource(`source:${lang}`, () => api.source(lang))
  const policy = useResource<PolicyDto>(`policy:${lang}`, () => api.policy(lang))
  usePullRefresh(async () => {
    await Promise.all([source.reload(), policy.reload()])
  })
  useShare(m.source.title, target ? `/pages/source/index?entry=${encodeURIComponent(target)}` : '/pages/source/index')

  // Scroll once: when the page is in place (a saved copy renders before Taro has attached the page
  // on H5), the entry is on screen (from storage or the network) and the measure links above it
  // have arrived or failed (they would push it down); not again on a refresh or a language switch.
  const [pageReady, setPageReady] = useState(false)
  useReady(() => setPageReady(true))
  const scrolled = useRef(false)
  const targetShown = target !== undefined && source.data?.entries.some((e) => e.id === target) === true
  const linksSettled = policy.data !== undefined || !policy.loading
  useEffect(() => {
    if (!pageReady || !targetShown || !linksSettled || scrolled.current || target === undefined) return
    scrolled.current = true
    scrollToId(entryElementId(target))
  }, [pageReady, targetShown, linksSettled, target])

  return (
    <Screen title={m.source.title}>
      <Loadable resource={source}>{(data) => <Release source={data} target={target} titles={measureTitles(policy.data)} />}</Loadable>
    </Screen>
  )
}
