import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Loadable, Screen } from '../../components/Screen.tsx'
import { a11y } from '../../components/a11y.ts'
import { useResource } from '../../hooks/useResource.ts'
import { usePullRefresh } from '../../hooks/usePullRefresh.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { api, type GroupId, type MeasureDto, type MeasureKind, type PolicyDto } from '../../services/http.ts'

const groupIds: readonly GroupId[] = ['original-innovation', 'innovation-factors', 'innovation-ecosystem']
const isGroup = (v: unknown): v is GroupId => typeof v === 'string' && (groupIds as readonly string[]).includes(v)

/** The amounts the source states for a measure, once each, in benefit order. */
export function amountTexts(measure: MeasureDto): string[] {
  const texts = measure.benefits.flatMap((b) => b.amounts.map((a) => a.text))
  return [...new Set(texts)]
}

function Chip({ label, selected, onSelect }: { label: string; selected: boolean; onSelect: () => void }) {
  return (
    <View className={`chip ${selected ? 'chip--on' : ''}`} onClick={onSelect} {...a11y(label, 'button', { selected })}>
      {label}
    </View>
  )
}

function MeasureCard({ measure, groupTitle }: { measure: MeasureDto; groupTitle: string | undefined }) {
  const { m } = useLocale()
  const amounts = amountTexts(measure)
  return (
    <View
      className='card measure-card'
      onClick={() => void Taro.navigateTo({ url: `/pages/measure/index?id=${measure.id}` })}
      {...a11y(measure.title, 'link')}
    >
      <View className='measure-card__tags'>
        <Tag type={measure.kind === 'action' ? 'primary' : 'success'} plain>
          {measure.kind === 'action' ? m.measures.kindAction : m.measures.kindPlan}
        </Tag>
        {groupTitle && <Tag plain>{groupTitle}</Tag>}
        {measure.eligibilityEvaluated && <Text className='badge badge--check'>{m.measures.checkable}</Text>}
      </View>
      <Text className='measure-card__title'>{measure.title}</Text>
      {measure.name && <Text className='measure-card__name'>{measure.name}</Text>}
      <Text className='measure-card__summary'>{measure.summary}</Text>
      <View className='amounts'>
        {amounts.length > 0 ? (
          amounts.map((text) => (
            <Text key={text} className='amount-chip'>
              {text}
            </Text>
          ))
        ) : (
          <Text className='muted small'>{m.measures.noAmounts}</Text>
        )}
      </View>
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
          const shown = data.measures.filter((x) => (kind === '' || x.kind === kind) && (group === '' || x.group === group))
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
