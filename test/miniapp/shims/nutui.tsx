/** DOM stand-ins for the NutUI components the app uses. */
import { createElement, type ReactNode } from 'react'

type Props = Record<string, unknown> & { children?: ReactNode }

const pass = (props: Props) =>
  Object.fromEntries(Object.entries(props).filter(([k, v]) => v !== undefined && (k === 'className' || k === 'role' || k.startsWith('aria-') || k === 'onClick')))

export function Button(props: Props) {
  return createElement('button', { type: 'button', ...pass(props) }, props.children)
}
export function Tag(props: Props) {
  return createElement('span', { className: `tag tag--${String(props.type ?? 'default')}` }, props.children)
}
export function NoticeBar(props: Props & { content?: string }) {
  return createElement('div', { className: 'noticebar' }, props.content)
}
export function Popup(props: Props & { visible?: boolean }) {
  return props.visible ? createElement('div', { className: 'popup' }, props.children) : null
}
