import type { PropsWithChildren } from 'react'
import '@nutui/nutui-react-taro/dist/style.css'
import { LocaleProvider } from './i18n/locale.tsx'
import './app.css'

// Pages render inside App, so one locale context reaches every page on the stack.
function App({ children }: PropsWithChildren) {
  return <LocaleProvider>{children}</LocaleProvider>
}

export default App
