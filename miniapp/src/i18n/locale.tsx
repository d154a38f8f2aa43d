import Taro from '@tarojs/taro'
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { catalogs, format, isLanguage, languageFromDevice, type Language, type Messages } from '../locales/index.ts'
import { readStored, writeStored } from '../services/storage.ts'

export const languageStorageKey = 'settings:language'

function deviceLanguage(): string | undefined {
  try {
    // getAppBaseInfo is the current WeChat API; older bases and H5 have getSystemInfoSync.
    const info = typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()
    return info?.language
  } catch {
    return undefined
  }
}

/** The saved choice if there is one, else the device language. */
export function initialLanguage(): Language {
  const saved = readStored(languageStorageKey)
  return isLanguage(saved) ? saved : languageFromDevice(deviceLanguage())
}

export interface LocaleValue {
  lang: Language
  m: Messages
  setLang(lang: Language): void
  /** format() bound to nothing: `t(m.home.signed, { date })`. */
  t: typeof format
}

const LocaleContext = createContext<LocaleValue | null>(null)

export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [lang, setLangState] = useState<Language>(() => initial ?? initialLanguage())
  const setLang = useCallback((next: Language) => {
    setLangState(next)
    writeStored(languageStorageKey, next)
  }, [])
  useEffect(() => {
    // Screen readers and the browser's fonts follow the page language on H5.
    if (process.env.TARO_ENV === 'h5') document.documentElement.lang = lang
  }, [lang])
  const value = useMemo<LocaleValue>(() => ({ lang, m: catalogs[lang], setLang, t: format }), [lang, setLang])
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext)
  if (!value) throw new Error('useLocale outside LocaleProvider')
  return value
}
