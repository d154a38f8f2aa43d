import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { Loadable, Screen, Section } from '../../components/Screen.tsx'
import { a11y } from '../../components/a11y.ts'
import { useResource } from '../../hooks/useResource.ts'
import { usePullRefresh } from '../../hooks/usePullRefresh.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { api, type PolicyDto } from '../../services/http.ts'
import { Btn } from '../../components/Btn.tsx'

const openMeasure = (id: string) => void Taro.navigateTo({ url: `/pages/measure/index?id=${encodeURIComponent(id)}` })
const openCheck = () => void Taro.navigateTo({ url: '/pages/check/index' })
const openMeasures = (query = '') => void Taro.navigateTo({ url: `/pages/measures/index${query}` })
const openSource = () => void Taro.navigateTo({ url: '/pages/source/index' })

function Policy({ policy }: { policy: PolicyDto }) {
  const { m, t } = useLocale()
  return (
    <View>
      <View className='hero'>
        <Text className='hero__nickname'>{policy.nickname}</Text>
        <Text className='hero__title' {...a11y(undefined, 'heading')}>
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

      <View className='cta' onClick={openCheck} {...a11y(m.home.checkCta, 'button')}>
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
            <View className='group__head' onClick={() => openMeasures(`?group=${group.id}`)} {...a11y(group.title, 'link')}>
              <Text className='group__title'>{group.title}</Text>
              <Tag type='info' plain>
                {t(m.home.groupActions, { count: group.actionCount })}
              </Tag>
            </View>
            <Text className='group__summary'>{group.summary}</Text>
            <View className='chips'>
              {group.namedActions.map((action) => (
                <View key={action.id} className='chip chip--link' onClick={() => openMeasure(action.id)} {...a11y(action.title, 'link')}>
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
            <View key={plan.id} className='chip chip--link' onClick={() => openMeasure(plan.id)} {...a11y(plan.title, 'link')}>
              {plan.title}
            </View>
          ))}
        </View>
      </Section>

      <View className='actions'>
        <Btn type='primary' block onClick={openCheck}>
          {m.home.checkCta}
        </Btn>
        <Btn block fill='outline' onClick={() => openMeasures()}>
          {m.home.measuresCta}
        </Btn>
        <Btn block fill='outline' onClick={openSource}>
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
              <Text className='link source__read' onClick={openSource} {...a11y(m.home.sourceCta, 'link')}>
                {m.home.sourceCta} ›
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
  return (
    <Screen title={m.home.title} showHeading={false}>
      <Loadable resource={policy}>{(data) => <Policy policy={data} />}</Loadable>
    </Screen>
  )
}
