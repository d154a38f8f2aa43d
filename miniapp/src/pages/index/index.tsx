import { Text, View } from '@tarojs/components'
import { Loadable, Screen, Section } from '../../components/Screen.tsx'
import { a11y, heading } from '../../components/a11y.ts'
import { useResource } from '../../hooks/useResource.ts'
import { usePullRefresh } from '../../hooks/usePullRefresh.ts'
import { useMoments, useShare } from '../../hooks/useShare.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { api, type PolicyDto } from '../../services/http.ts'
import { go, measureUrl } from '../../services/nav.ts'
import { Btn } from '../../components/Btn.tsx'

const openMeasure = (id: string) => go(measureUrl(id))
const openCheck = () => go('/pages/check/index')
const openMeasures = (query = '') => go(`/pages/measures/index${query}`)
const openSource = () => go('/pages/source/index')

function Policy({ policy }: { policy: PolicyDto }) {
  const { m, t } = useLocale()
  return (
    <View>
      <View className='hero'>
        <Text className='hero__nickname'>{policy.nickname}</Text>
        <Text className='hero__title' {...heading(1)}>
          {policy.title}
        </Text>
        <View className='hero__dates'>
          <Text>{t(m.home.signed, { date: policy.signed })}</Text>
          <Text> · </Text>
          <Text>{t(m.home.announced, { date: policy.announced })}</Text>
        </View>
        <Text className='hero__issuer'>
          {t(m.home.issuer, { issuer: policy.issuer })}
        </Text>
        <Text className='hero__headline'>{policy.headline}</Text>
      </View>

      <View className='cta' onClick={openCheck} {...a11y(undefined, 'button')}>
        <Text className='cta__title'>{m.home.checkCta}</Text>
        <Text className='cta__hint'>{m.home.checkCtaHint}</Text>
        <Text className='cta__arrow' aria-hidden='true'>
          ›
        </Text>
      </View>

      <Section title={t(m.home.targetsTitle, { year: policy.targetYear })}>
        <View className='targets'>
          {policy.targets.map((target) => (
            <View key={target.id} className='target'>
              <Text className='target__value'>{target.text}</Text>
              <Text className='target__label'>{target.label}</Text>
            </View>
          ))}
        </View>
      </Section>

      <Section title={t(m.home.groupsTitle, { count: policy.actionCount })}>
        <Text className='muted'>{policy.summary}</Text>
        {policy.groups.map((group) => (
          <View key={group.id} className='group card'>
            <View className='group__head' onClick={() => openMeasures(`?group=${group.id}`)} {...a11y(undefined, 'link')}>
              <Text className='group__title'>{group.title}</Text>
              <Text className='count-badge'>{t(m.home.groupActions, { count: group.actionCount })}</Text>
            </View>
            <Text className='group__summary'>{group.summary}</Text>
            <View className='chips'>
              {group.namedActions.map((action) => (
                <View key={action.id} className='chip chip--link' onClick={() => openMeasure(action.id)} {...a11y(undefined, 'link')}>
                  {action.title}
                </View>
              ))}
            </View>
            {group.unnamedActionsNote && <Text className='muted small'>{group.unnamedActionsNote}</Text>}
          </View>
        ))}
      </Section>

      <Section title={t(m.home.plansTitle, { count: policy.planCount })}>
        <View className='chips'>
          {policy.plans.map((plan) => (
            <View key={plan.id} className='chip chip--link' onClick={() => openMeasure(plan.id)} {...a11y(undefined, 'link')}>
              {plan.title}
            </View>
          ))}
        </View>
      </Section>

      <View className='actions'>
        <Btn kind='primary' block onClick={openCheck}>
          {m.home.checkCta}
        </Btn>
        <Btn block onClick={() => openMeasures()}>
          {m.home.measuresCta}
        </Btn>
        <Btn block onClick={openSource}>
          {m.home.sourceCta}
        </Btn>
      </View>

      <Section title={m.home.sourcesTitle} className='sources'>
        {policy.sources.map((source) => (
          <View key={source.id} className='source'>
            <Text className='source__title'>{source.title}</Text>
            <Text className='muted small'>
              {source.publisher} · {source.published.slice(0, 10)}
            </Text>
            <Text className='url' selectable userSelect>
              {source.url}
            </Text>
            {source.id === 'article' && (
              <Text className='link source__read' onClick={openSource} {...a11y(undefined, 'link')}>
                {m.home.sourceCta}
                <Text aria-hidden='true'> ›</Text>
              </Text>
            )}
          </View>
        ))}
      </Section>
    </View>
  )
}

export default function Home() {
  const { lang, m } = useLocale()
  const policy = useResource(`policy:${lang}`, () => api.policy(lang))
  usePullRefresh(policy.reload)
  useShare(m.app.name, '/pages/index/index')
  useMoments(m.app.name)
  return (
    <Screen title={m.home.title} showHeading={false}>
      <Loadable resource={policy}>{(data) => <Policy policy={data} />}</Loadable>
    </Screen>
  )
}
