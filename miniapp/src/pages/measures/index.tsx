import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Loadable, Screen } from '../../components/Screen.tsx'
import { a11y } from '../../components/a11y.ts'
import { useResource } from '../../hooks/useResource.ts'
import { usePullRefresh } from '../../hooks/usePullRefresh.ts'
import { useMoments, useShare } from '../../hooks/useShare.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { api, type GroupId, type MeasureDto, type MeasureKind, type PolicyDto } from '../../services/http.ts'
import { go, measureUrl } from '../../services/nav.ts'

const groupIds: readonly GroupId[] = ['original-innovation', 'innovation-factors', 'innovation-ecosystem']
const isGroup = (v: unknown): v is GroupId => typeof v === 'string' && (groupIds as readonly string[]).includes(v)

/** The amounts the source states for a measure, once each, in benefit order. */
export function amountTexts(measure: MeasureDto): string[] {
  const texts = measure.benefits.flatMap((b) => b.amounts.map((a) => a.text))
  return [...new Set(texts)]
}

/**
 * Measures with stated amounts first: the source names some actions and plans only, and a list
 * that opens with those shows nothing worth reading above the fold.
 */
export const listOrder = (measures: readonly MeasureDto[]): MeasureDto[] =>
  [...measures].sort((a, b) => Number(amountTexts(b).length > 0) - Number(amountTexts(a).length > 0))

function Chip({ label, selected, onSelect }: { label: string; selected: boolean; onSelect: () => void }) {
  return (
    <View className={`chip ${selected ? 'chip--on' : ''}`} onClick={onSelect} {...a11y(undefined, 'button', { selected })}>
      {label}
    </View>
  )
}

function MeasureCard({ measure, groupTitle }: { measure: MeasureDto; groupTitle: string | undefined }) {
  const { m } = useLocale()
  const amounts = amountTexts(measure)
  return (
    <View className='card measure-card' onClick={() => go(measureUrl(measure.id))} {...a11y(undefined, 'link')}>
      <View className='measure-card__tags'>
        <Text className={`badge badge--${measure.kind}`}>{measure.kind === 'action' ? m.measures.actionTag : m.measures.planTag}</Text>
        {groupTitle && <Text className='badge badge--group'>{groupTitle}</Text>}
        {measure.eligibilityEvaluated && <Text className='badge badge--check'>{m.measures.checkable}</Text>}
      </View>
      <Text className='measure-card__title'>{measure.title}</Text>
      {measure.name && <Text className='measure-card__name'>{measure.name}</Text>}
      <Text className='measure-card__summary'>{measure.summary}</Text>
      {/* Without amounts the summary already says the source names the measure only. */}
      {amounts.length > 0 && (
        <View className='amounts'>
          {amounts.map((text) => (
            <Text key={text} className='amount-chip'>
              {text}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}

export default function Measures() {
  const { lang, m, t } = useLocale()
  const params = useRouter().params
  const [kind, setKind] = useState<'' | MeasureKind>(params.kind === 'plan' || params.kind === 'action' ? params.kind : isGroup(params.group) ? 'action' : '')
  const [group, setGroup] = useState<'' | GroupId>(isGroup(params.group) ? params.group : '')
  // One list for every filter: it is small, and filtering locally works offline too.
  const list = useResource(`measures:${lang}`, () => api.measures(lang))
  const policy = useResource<PolicyDto>(`policy:${lang}`, () => api.policy(lang))
  usePullRefresh(async () => {
    await Promise.all([list.reload(), policy.reload()])
  })
  useShare(m.measures.title, '/pages/measures/index')
  useMoments(m.measures.title)
  const groupTitle = (id: GroupId | null) => (id ? policy.data?.groups.find((g) => g.id === id)?.title : undefined)

  const chooseKind = (next: '' | MeasureKind) => {
    setKind(next)
    if (next !== 'action') setGroup('')
  }

  return (
    <Screen title={m.measures.title}>
      <View className='filters'>
        <View className='filters__row' {...a11y(m.measures.filterKind, 'group')}>
          <Text className='filters__label'>{m.measures.filterKind}</Text>
          <View className='chips'>
            <Chip label={m.measures.kindAll} selected={kind === ''} onSelect={() => chooseKind('')} />
            <Chip label={m.measures.kindAction} selected={kind === 'action'} onSelect={() => chooseKind('action')} />
            <Chip label={m.measures.kindPlan} selected={kind === 'plan'} onSelect={() => chooseKind('plan')} />
          </View>
        </View>
        {kind !== 'plan' && (
          <View className='filters__row' {...a11y(m.measures.filterGroup, 'group')}>
            <Text className='filters__label'>{m.measures.filterGroup}</Text>
            <View className='chips'>
              <Chip label={m.measures.groupAll} selected={group === ''} onSelect={() => setGroup('')} />
              {groupIds.map((id) => (
                <Chip
                  key={id}
                  label={groupTitle(id) ?? id}
                  selected={group === id}
                  onSelect={() => {
                    setGroup(id)
                    setKind('action')
                  }}
                />
              ))}
            </View>
          </View>
        )}
      </View>
      <Loadable resource={list}>
        {(data) => {
          const shown = listOrder(data.measures).filter((x) => (kind === '' || x.kind === kind) && (group === '' || x.group === group))
          return (
            <View>
              <Text className='muted small count' {...a11y(undefined, 'status', { live: 'polite' })}>
                {t(m.measures.count, { count: shown.length })}
              </Text>
              {shown.length === 0 && <Text className='muted'>{m.measures.empty}</Text>}
              {shown.map((measure) => (
                <MeasureCard key={measure.id} measure={measure} groupTitle={groupTitle(measure.group)} />
              ))}
            </View>
          )
        }}
      </Loadable>
    </Screen>
  )
}
