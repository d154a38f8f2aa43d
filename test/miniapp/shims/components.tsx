/**
 * DOM stand-ins for @tarojs/components: each renders a plain element and passes through the
 * props the app relies on (className, id, role and aria-*, onClick, Input's value and events).
 */
import { createElement, type ReactNode } from 'react'

type Props = Record<string, unknown> & { children?: ReactNode }

function domProps(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (key === 'children' || value === undefined) continue
    if (key === 'className' || key === 'id' || key === 'role' || key === 'style' || key === 'tabIndex' || key.startsWith('aria-') || key === 'onClick') out[key] = value
    else if (key === 'ariaLabel') out['aria-label'] = value
    else if (key === 'ariaRole') out.role = value
  }
  return out
}

const element = (tag: string) =>
  function Shim(props: Props) {
    return createElement(tag, domProps(props), props.children)
  }

export const View = element('div')
export const Text = element('span')
export const ScrollView = element('div')
export const Button = element('button')

/** Taro's Input: `onInput` gets `{ detail: { value } }`; `nativeProps` go onto the <input>, as on H5. */
export function Input(
  props: Props & { value?: string; type?: string; placeholder?: string; nativeProps?: Record<string, unknown>; onInput?: (e: { detail: { value: string } }) => void; onBlur?: () => void },
) {
  return createElement('input', {
    ...domProps(props),
    ...props.nativeProps,
    value: props.value ?? '',
    placeholder: props.placeholder,
    'data-taro-type': props.type,
    onChange: (e: { target: { value: string } }) => props.onInput?.({ detail: { value: e.target.value } }),
    onBlur: () => props.onBlur?.(),
  })
}
