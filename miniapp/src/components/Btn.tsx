import { Button, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from './a11y.ts'

export interface BtnProps {
  children: ReactNode
  onClick?: () => void
  /** primary: the page's main action; secondary: outlined; danger: destroys something. */
  kind?: 'primary' | 'secondary' | 'danger'
  small?: boolean
  block?: boolean
  /** WeChat only: the native button that opens WeChat's forward sheet. */
  share?: boolean
}

/**
 * A button drawn by us: a View with the button role (Tab, Enter and Space on H5, via a11y() and
 * app.tsx), at least 44 px tall.
 */
export function Btn({ children, onClick, kind = 'secondary', small, block, share }: BtnProps) {
  const className = `btn btn--${kind}${small ? ' btn--small' : ''}${block ? ' btn--block' : ''}`
  if (share && process.env.TARO_ENV === 'weapp') {
    return (
      <Button className={className} openType='share' onClick={onClick}>
        {children}
      </Button>
    )
  }
  return (
    <View className={className} onClick={onClick} {...a11y(undefined, 'button')}>
      {children}
    </View>
  )
}
