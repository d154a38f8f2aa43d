import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { a11y, heading } from './a11y.ts'
import { answerText, ChoiceQuestion, NumberQuestion, questionLabel, TriQuestion } from './Questions.tsx'
import { useLocale } from '../i18n/locale.tsx'
import {
  hasErrors,
  isBlank,
  isNumberField,
  steps,
  validateStep,
  visibleQuestions,
  type Answers,
  type NumberField,
  type StepId,
  type Tri,
  type TriField,
} from '../eligibility/form.ts'
import { clearForm, loadAnswers, loadStep, saveAnswers, saveStep } from '../eligibility/store.ts'
import { isChoiceField, useChoices } from '../hooks/useChoices.ts'
import { scrollToId } from '../services/scroll.ts'
import { Btn } from './Btn.tsx'
import { Sheet } from './Screen.tsx'

export function CheckForm({ initialStep, onSubmit }: { initialStep?: StepId; onSubmit: (answers: Answers) => void }) {
  const { m, t, lang } = useLocale()
  const [answers, setAnswers] = useState<Answers>(loadAnswers)
  const [restored] = useState(() => !isBlank(answers))
  const [step, setStepState] = useState<StepId>(() => initialStep ?? loadStep())
  const [touched, setTouched] = useState<Partial<Record<NumberField, boolean>>>({})
  const [blocked, setBlocked] = useState(false)
  const [confirmingReset, setConfirmingReset] = useState(false)
  const choices = useChoices()

  const index = steps.indexOf(step)
  const errors = validateStep(step, answers)

  const update = <K extends keyof Answers>(key: K, value: Answers[K]) => {
    setAnswers((prev) => {
      const next = { ...prev, [key]: value }
      saveAnswers(next)
      return next
    })
    setBlocked(false)
  }

  const goTo = (next: StepId) => {
    setStepState(next)
    saveStep(next)
    setBlocked(false)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  const markAllTouched = () => {
    const all: Partial<Record<NumberField, boolean>> = {}
    for (const key of step === 'review' ? steps.flatMap((s) => visibleQuestions(s, answers)) : visibleQuestions(step, answers)) {
      if (isNumberField(key)) all[key] = true
    }
    setTouched((prev) => ({ ...prev, ...all }))
  }

  /** Marks the step's errors and brings the first one into view (it may be below the fold). */
  const block = (at: StepId) => {
    setBlocked(true)
    const first = visibleQuestions(at, answers).find((key) => isNumberField(key) && validateStep(at, answers)[key])
    if (first) scrollToId(`q-${first}`)
  }

  const next = () => {
    if (hasErrors(errors)) {
      markAllTouched()
      block(step)
      return
    }
    goTo(steps[index + 1])
  }

  const submit = () => {
    const all = validateStep('review', answers)
    if (hasErrors(all)) {
      // Send the person to the first step with a problem.
      const first = steps.find((s) => hasErrors(validateStep(s, answers))) ?? 'company'
      goTo(first)
      setTouched(Object.fromEntries(Object.keys(all).map((k) => [k, true])))
      block(first)
      return
    }
    onSubmit(answers)
  }

  const reset = () => {
    setConfirmingReset(false)
    setAnswers(clearForm())
    setTouched({})
    goTo('company')
    void Taro.showToast({ title: m.check.resetDone, icon: 'none' })
  }

  const renderQuestion = (key: keyof Answers) => {
    if (isNumberField(key)) {
      return (
        <NumberQuestion
          key={key}
          field={key}
          value={answers[key]}
          showError={Boolean(touched[key]) || (blocked && Boolean(errors[key]))}
          onChange={(v) => update(key, v)}
          onBlur={() => setTouched((prev) => ({ ...prev, [key]: true }))}
        />
      )
    }
    if (isChoiceField(key)) {
      return <ChoiceQuestion key={key} field={key} value={answers[key]} choices={choices} onChange={(v) => update(key, v as Answers[typeof key])} />
    }
    const tri = key as TriField
    return <TriQuestion key={key} field={tri} value={answers[tri]} onChange={(v: Tri) => update(tri, v)} />
  }

  return (
    <View className='check'>
      {index === 0 && <Text className='muted'>{m.check.intro}</Text>}
      {restored && <Text className='notice'>{m.check.keptNotice}</Text>}

      <View className='progress' {...a11y(t(m.check.stepOf, { step: index + 1, total: steps.length }), 'progressbar')}>
        <View className='progress__bar' style={{ width: `${((index + 1) / steps.length) * 100}%` }} />
      </View>
      <View className='check__head'>
        <Text className='progress__text'>{t(m.check.stepOf, { step: index + 1, total: steps.length })}</Text>
        {/* Up here, far from the submit button, and only after a confirmation. */}
        {!isBlank(answers) && (
          <View className='link reset' onClick={() => setConfirmingReset(true)} {...a11y(undefined, 'button')}>
            {m.check.reset}
          </View>
        )}
      </View>
      <Text className='step-title' {...heading(2)}>
        {m.check.steps[step]}
      </Text>

      {step !== 'review' ? (
        <View className='card'>{visibleQuestions(step, answers).map(renderQuestion)}</View>
      ) : (
        <View>
          {steps
            .filter((s) => s !== 'review')
            .map((s) => (
              <View key={s} className='card review'>
                <View className='review__head'>
                  <Text className='review__title' {...heading(3)}>
                    {m.check.steps[s]}
                  </Text>
                  <View className='link' onClick={() => goTo(s)} {...a11y(`${m.check.edit}: ${m.check.steps[s]}`, 'button')}>
                    {m.check.edit}
                  </View>
                </View>
                {visibleQuestions(s, answers).map((key) => (
                  <View key={key} className='review__row'>
                    <Text className='review__q'>{questionLabel(m.check.questions, key)}</Text>
                    <Text className={`review__a ${answers[key] === '' ? 'muted' : ''}`}>{answerText(m, lang, key, answers, choices)}</Text>
                  </View>
                ))}
              </View>
            ))}
        </View>
      )}

      {blocked && (
        <Text className='form-error' {...a11y(undefined, 'alert')}>
          {m.check.fixErrors}
        </Text>
      )}

      {/* Stays at the bottom of the screen, so Next is in view however long the step. */}
      <View className='nav'>
        {index > 0 && <Btn onClick={() => goTo(steps[index - 1])}>{m.check.previous}</Btn>}
        {step === 'review' ? (
          <Btn kind='primary' onClick={submit}>
            {m.check.submit}
          </Btn>
        ) : (
          <Btn kind='primary' onClick={next}>
            {index === steps.length - 2 ? m.check.review : m.check.next}
          </Btn>
        )}
      </View>
      {confirmingReset && (
        <Sheet title={m.check.resetConfirmTitle} onClose={() => setConfirmingReset(false)}>
          <Text className='sheet__text'>{m.check.resetConfirm}</Text>
          {/* Cancel first: the sheet focuses it, so a held or repeated key cannot wipe the answers. */}
          <View className='sheet__actions'>
            <Btn block onClick={() => setConfirmingReset(false)}>
              {m.common.cancel}
            </Btn>
            <Btn kind='danger' block onClick={reset}>
              {m.check.resetConfirmButton}
            </Btn>
          </View>
        </Sheet>
      )}
    </View>
  )
}

