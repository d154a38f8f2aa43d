import type { PropsWithChildren } from 'react'
// Only the styles of the NutUI components we use (the full sheet is 240 KB of the weapp package).
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/noticebar/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/popup/style/css'
import { LocaleProvider } from './i18n/locale.tsx'
import './app.css'

// Pages render inside App, so one locale context reaches every page on the stack.
function App({ children }: PropsWithChildren) {
  return <LocaleProvider>{children}</LocaleProvider>
}

export default App
