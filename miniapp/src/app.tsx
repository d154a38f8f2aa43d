import type { PropsWithChildren } from 'react'
import { LocaleProvider } from './i18n/locale.tsx'
import './app.css'

// H5: Enter and Space work a View that acts as a button, link, radio or switch (a11y() gives it
// the role and a place in the Tab order), as they work a native button — once per press: a held
// key's repeats do nothing.
if (process.env.TARO_ENV === 'h5') {
  document.addEventListener('keydown', (event) => {
    const target = event.target
    if ((event.key !== 'Enter' && event.key !== ' ') || event.repeat || !(target instanceof HTMLElement)) return
    if (!target.matches('[role=button],[role=link],[role=radio],[role=switch]') || target.matches('button,a,input,textarea')) return
    event.preventDefault()
    target.click()
  })
}

// Pages render inside App, so one locale context reaches every page on the stack.
function App({ children }: PropsWithChildren) {
  return <LocaleProvider>{children}</LocaleProvider>
}

export default App
