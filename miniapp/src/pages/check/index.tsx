import { useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { CheckForm } from '../../components/CheckForm.tsx'
import { Screen } from '../../components/Screen.tsx'
import { useShare } from '../../hooks/useShare.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { steps, type StepId } from '../../eligibility/form.ts'
import { resultsUrl } from '../../eligibility/link.ts'
import { go } from '../../services/nav.ts'

export default function Check() {
  const { m } = useLocale()
  const requested = useRouter().params.step
  const [version, setVersion] = useState(0)
  const shown = useRef(0)
  // Coming back from the results re-reads the saved answers and step (they may have been reset
  // or a step chosen there); the step in the URL counts only on the first show.
  useDidShow(() => {
    if (shown.current++ > 0) setVersion((v) => v + 1)
  })
  // A friend opens an empty form of their own: the answers stay on this phone.
  useShare(m.check.title, '/pages/check/index')
  const initialStep = version === 0 && (steps as readonly string[]).includes(requested ?? '') ? (requested as StepId) : undefined
  return (
    <Screen title={m.check.title}>
      <CheckForm key={version} initialStep={initialStep} onSubmit={(answers) => go(resultsUrl(answers))} />
    </Screen>
  )
}
