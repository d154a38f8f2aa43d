import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Component, useEffect, useRef, useState, type ReactNode } from 'react'
import { useLocale } from '../i18n/locale.tsx'
import { languages, nativeNames, type Language } from '../locales/index.ts'
import type { HttpError } from '../services/http.ts'
import { goHome } from '../services/nav.ts'
import { clearCache } from '../services/storage.ts'
import { a11y, heading } from './a11y.ts'
import { Btn } from './Btn.tsx'

/** Sets the navigation bar title (and the H5 document title) in the current language. */
export function useTitle(title: string) {
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title }).catch(() => undefined)
  }, [title])
}

/**
 * A sheet over the page, drawn with plain Views so it works the same on WeChat and H5. On H5 it
 * takes the focus (the chosen option, else its first control), keeps Tab inside, closes on
 * Escape and gives the focus back to what opened it.
 */
export function Sheet({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const close = useRef(onClose)
  close.current = onClose
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    const opener = document.activeElement as HTMLElement | null
    // Looked up each time, and the focus put back for the first second: Taro's H5 elements are
    // redrawn once their component is ready, which drops a focus given earlier.
    const sheet = () => [...document.querySelectorAll<HTMLElement>('.sheet')].at(-1)
    const controls = () => [...(sheet()?.querySelectorAll<HTMLElement>('[tabindex="0"]') ?? [])]
    const focusFirst = (frames: number) => {
      if (!sheet()?.contains(document.activeElement)) (controls().find((el) => el.getAttribute('aria-checked') === 'true') ?? controls()[0])?.focus()
      if (frames > 0) requestAnimationFrame(() => focusFirst(frames - 1))
    }
    focusFirst(60)
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current()
      if (e.key !== 'Tab') return
      const items = controls()
      const edge = e.shiftKey ? items[0] : items.at(-1)
      if (document.activeElement === edge || !sheet()?.contains(document.activeElement)) {
        e.preventDefault()
        ;(e.shiftKey ? items.at(-1) : items[0])?.focus()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      opener?.focus()
    }
  }, [])
  return (
    <View className='sheet-layer'>
      <View className='sheet-mask' onClick={onClose} />
      <View className='sheet' {...a11y(title, 'dialog', { modal: true })}>
        <Text className='sheet__title'>{title}</Text>
        {children}
      </View>
    </View>
  )
}

export function LanguageSwitch() {
  const { lang, m, setLang } = useLocale()
  const [open, setOpen] = useState(false)
  const choose = (next: Language) => {
    setLang(next)
    setOpen(false)
  }
  // Named by what it shows ("Language 简体中文"), so speech input can say the visible words.
  return (
    <View className='lang-switch'>
      <Btn small onClick={() => setOpen(true)}>
        <Text className='lang-switch__icon' aria-hidden='true'>
          文A
        </Text>
        <Text className='visually-hidden'>{m.language.label} </Text>
        {nativeNames[lang]}
      </Btn>
      {open && (
        <Sheet title={m.language.sheetTitle} onClose={() => setOpen(false)}>
          <View {...a11y(m.language.sheetTitle, 'radiogroup')}>
            {languages.map((l) => (
              <View
                key={l}
                className={`sheet__option ${l === lang ? 'sheet__option--on' : ''}`}
                onClick={() => choose(l)}
                {...a11y(nativeNames[l], 'radio', { checked: l === lang })}
              >
                {nativeNames[l]}
                {l === lang && <Text aria-hidden='true'> ✓</Text>}
              </View>
            ))}
          </View>
          <Btn block onClick={() => setOpen(false)}>
            {m.common.cancel}
          </Btn>
        </Sheet>
      )}
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
 * Shows a screen in place of a page that threw while rendering (a response of a shape this
 * version does not expect), instead of a blank page. Retry forgets the saved responses, which
 * may be the culprit, and renders the page anew from the network.
 */
class Boundary extends Component<{ fallback: (retry: () => void) => ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  componentDidCatch(error: unknown) {
    console.error(error)
  }
  retry = () => {
    clearCache()
    this.setState({ failed: false })
  }
  render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children
  }
}

function CrashView({ onRetry }: { onRetry: () => void }) {
  const { m } = useLocale()
  return (
    <View className='state state--error' {...a11y(undefined, 'alert')}>
      <Text className='state__title'>{m.common.crashTitle}</Text>
      <Text className='state__detail'>{m.common.crashDetail}</Text>
      <Btn kind='primary' onClick={onRetry}>
        {m.common.retry}
      </Btn>
      <Btn onClick={goHome}>{m.common.home}</Btn>
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
      <View className='topbar' {...a11y(undefined, 'banner')}>
        <BackButton />
        <Text className='topbar__app'>{m.app.name}</Text>
        <LanguageSwitch />
      </View>
      <View {...a11y(undefined, 'main')}>
        {showHeading && process.env.TARO_ENV === 'h5' && (
          <Text className='page-title' {...heading(1)}>
            {title}
          </Text>
        )}
        <Boundary fallback={(retry) => <CrashView onRetry={retry} />}>{children}</Boundary>
      </View>
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
      <Text className='offline__text'>{t(m.common.offlineNotice, { time: formatTime(since) })}</Text>
      <Btn small onClick={onRetry}>
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

/** Whether asking again may help: not for an answer about the request itself (400, 404, …). */
export const isRetryable = (error: HttpError) => error.kind === 'network' || error.status >= 500 || error.status === 429

export const isNotFound = (error: HttpError | undefined) => error?.kind === 'problem' && error.status === 404

export function ErrorView({ error, onRetry }: { error: HttpError; onRetry: () => void }) {
  const { m, t } = useLocale()
  const { title, detail } = errorText(error, m, t)
  return (
    <View className='state state--error' {...a11y(undefined, 'alert')}>
      <Text className='state__title'>{title}</Text>
      <Text className='state__detail'>{detail}</Text>
      {isRetryable(error) && (
        <Btn kind='primary' onClick={onRetry}>
          {m.common.retry}
        </Btn>
      )}
      <Btn onClick={goHome}>{m.common.home}</Btn>
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

/**
 * Loading, error (with retry where it may help), or the data (with the offline notice when it
 * came from storage). `notFound` replaces the error screen for a 404.
 */
export function Loadable<T>({ resource, children, notFound }: { resource: ResourceLike<T>; children: (data: T) => ReactNode; notFound?: ReactNode }) {
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
  if (notFound && isNotFound(resource.error)) return <>{notFound}</>
  if (resource.error) return <ErrorView error={resource.error} onRetry={retry} />
  return null
}

export function Section({ title, children, className }: { title?: string; children: ReactNode; className?: string }) {
  return (
    <View className={`section ${className ?? ''}`}>
      {title && (
        <Text className='section__title' {...heading(2)}>
          {title}
        </Text>
      )}
      {children}
    </View>
  )
}
