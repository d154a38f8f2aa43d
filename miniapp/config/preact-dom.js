// react-dom for the weapp build in Preact mode. preact/compat says it is React 18.3.1, so Taro's
// mini-program runtime calls ReactDOM.createRoot, which preact/compat keeps in preact/compat/client.
import compat from 'preact/compat'
import { createRoot, hydrateRoot } from 'preact/compat/client'

export * from 'preact/compat'
export { createRoot, hydrateRoot }
export default { ...compat, createRoot, hydrateRoot }
