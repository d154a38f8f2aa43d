import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { NoticeBar, Popup } from '@nutui/nutui-react-taro'
import { useEffect, useState, type ReactNode } from 'react'
import { useLocale } from '../i18n/locale.tsx'
import { languages, nativeNames, type Language } from '../locales/index.ts'
import type { HttpError } from '../services/http.ts'
import { a11y } from './a11y.ts'
import { Btn } from './Btn.tsx'

/** Sets the navigation bar title (and the H5 document title) in the current language. */
export function useTitle(title: string) {
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title }).catch(() => undefined)
  }, [title])
}

export function LanguageSwitch() {
  const { lang, m, t, setLang } = useLocale()
  const [open, setOpen] = useState(false)
  const choose = (next: Language) => {
    setLang(next)
    setOpen(false)
  }
  return (
    <View className='lang-switch'>
      <Btn
        size='small'
        fill='outline'
        className='lang-switch__button'
        onClick={() => setOpen(true)}
        {...a11y(t(m.language.button, { name: nativeNames[lang] }), 'button')}
      >
        <Text className='lang-switch__icon' aria-hidden='true'>
          文A
        </Text>
        {nativeNames[lang]}
      </Btn>
      <Popup visible={open} position='bottom' round onClose={() => setOpen(false)}>
        <View className='sheet' {...a11y(m.language.sheetTitle, 'dialog')}>
          <Text className='sheet__title'>{m.language.sheetTitle}</Text>
          <View {...a11y(m.language.sheetTitle, 'radiogroup')}>
            {languages.map((l) => (
              <View
                key={l}
                className={`sheet__option ${l === lang ? 'sheet__option--on' : ''}`}
                onClick={() => choose(l)}
                {...a11y(nativeNames[l], 'radio', { checked: l === lang })}
              >
                {nativeNames[l]}
                {l === lang && <Text className='sheet__check'> ✓</Text>}
              </View>
            ))}
          </View>
          <View className='sheet__cancel' onClick={() => setOpen(false)} {...a11y(m.language.cancel, 'button')}>
            {m.language.cancel}
          </View>
        </View>
      </Popup>
    </View>
  )
}

function BackButton() {
  const { m } = useLocale()
  // WeChat draws its own back arrow; on H5 the page has none, so offer one when there is history.
  const [canGoBack, setCanGoBack] = useState(false)
  useEffect(() => {
    setCanGoBack(process.env.TARO_ENV === 'h5' && Taro.getCurrentPages().length > 1)
  }, [])
  if (!canGoBack) return null
  return (
    <View className='back' onClick={() => void Taro.navigateBack()} {...a11y(m.common.back, 'button')}>
      ‹ {m.common.back}
    </View>
  )
}

/**
 * A page: the top bar (back on H5, app name, language) and the page's heading. WeChat shows the
 * title in its navigation bar; H5 has none, so the heading is drawn there (unless the page has
 * its own, like home's hero).
 */
export function Screen({ title, children, showHeading = true }: { title: string; children: ReactNode; showHeading?: boolean }) {
  const { m } = useLocale()
  useTitle(title)
  return (
    <View className='screen'>
      <View className='topbar'>
        <BackButton />
        <Text className='topbar__app'>{m.app.name}</Text>
        <LanguageSwitch />
      </View>
      {showHeading && process.env.TARO_ENV === 'h5' && (
        <Text className='page-title' {...a11y(undefined, 'heading')}>
          {title}
        </Text>
      )}
      {children}
    </View>
  )
}

const pad = (n: number) => String(n).padStart(2, '0')
export function formatTime(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function OfflineNotice({ since, onRetry }: { since: number; onRetry: () => void }) {
  const { m, t } = useLocale()
  return (
    <View className='offline' {...a11y(undefined, 'status')}>
      <NoticeBar content={t(m.common.offlineNotice, { time: formatTime(since) })} wrap />
      <Btn size='small' fill='none' onClick={onRetry}>
        {m.common.retry}
      </Btn>
    </View>
  )
}

export function errorText(error: HttpError, m: ReturnType<typeof useLocale>['m'], t: ReturnType<typeof useLocale>['t']): { title: string; detail: string } {
  switch (error.kind) {
    case 'network':
      return { title: m.common.errorTitle, detail: m.common.networkError }
    case 'problem':
      return { title: error.problem.title, detail: error.problem.detail }
    case 'http':
    case 'invalid-response':
      return { title: m.common.errorTitle, detail: t(m.common.serverError, { status: error.status }) }
  }
}

export function ErrorView({ error, onRetry }: { error: HttpError; onRetry: () => void }) {
  const { m, t } = useLocale()
  const { title, detail } = errorText(error, m, t)
  return (
    <View className='state state--error' {...a11y(undefined, 'alert')}>
      <Text className='state__title'>{title}</Text>
      <Text className='state__detail'>{detail}</Text>
      <Btn type='primary' onClick={onRetry}>
        {m.common.retry}
      </Btn>
    </View>
  )
}

export function LoadingView() {
  const { m } = useLocale()
  return (
    <View className='state' {...a11y(m.common.loading, 'status')}>
      <View className='spinner' />
      <Text className='state__detail'>{m.common.loading}</Text>
    </View>
  )
}

interface ResourceLike<T> {
  data: T | undefined
  error: HttpError | undefined
  loading: boolean
  offlineSince: number | undefined
  reload: () => Promise<void>
}

/** Loading, error with retry, or the data (with the offline notice when it came from storage). */
export function Loadable<T>({ resource, children }: { resource: ResourceLike<T>; children: (data: T) => ReactNode }) {
  const retry = () => void resource.reload()
  if (resource.data !== undefined) {
    return (
      <>
        {resource.offlineSince !== undefined && <OfflineNotice since={resource.offlineSince} onRetry={retry} />}
        {children(resource.data)}
      </>
    )
  }
  if (resource.loading) return <LoadingView />
  if (resource.error) return <ErrorView error={resource.error} onRetry={retry} />
  return null
}

export function Section({ title, children, className }: { title?: string; children: ReactNode; className?: string }) {
  return (
    <View className={`section ${className ?? ''}`}>
      {title && (
        <Text className='section__title' {...a11y(undefined, 'heading')}>
          {title}
        </Text>
      )}
      {children}
    </View>
  )
}
