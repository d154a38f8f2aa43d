import { Button } from '@nutui/nutui-react-taro'
import type { ComponentProps } from 'react'
import { a11y } from './a11y.ts'

/**
 * NutUI's Button with the button role and an accessible name: on H5 it renders a custom
 * element that screen readers would otherwise not announce as a button.
 */
export function Btn({ label, ...props }: ComponentProps<typeof Button> & { label?: string }) {
  return <Button {...props} {...a11y(label, 'button')} />
}
