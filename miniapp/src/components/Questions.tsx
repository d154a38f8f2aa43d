import { Input, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useLocale } from '../i18n/locale.tsx'
import { format, formatYuan, type Language } from '../locales/index.ts'
import { groupDigits, isNumberField, isWanField, numberRules, parseNumber, wanToYuan, type Answers, type FieldError, type NumberField, type Tri, type TriField } from '../eligibility/form.ts'
import { isChoiceField, type ChoiceField, type Choices } from '../hooks/useChoices.ts'
import { a11y } from './a11y.ts'

type QuestionKey = keyof Answers
type Questions = ReturnType<typeof useLocale>['m']['check']['questions']

export function questionLabel(q: Questions, key: QuestionKey): string {
  return q[key as keyof Questions]
}

export function questionHint(q: Questions, key: QuestionKey): string | undefined {
  const hintKey = `${key}Hint` as keyof Questions
  return hintKey in q ? q[hintKey] : undefined
}

function Question({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <View className={`question ${error ? 'question--error' : ''}`} id={`q-${id}`}>
      <Text className='question__label'>{label}</Text>
      {hint && <Text className='question__hint'>{hint}</Text>}
      {children}
      {error && (
        <Text className='question__error' id={`q-${id}-error`} {...a11y(undefined, 'alert')}>
          {error}
        </Text>
      )}
    </View>
  )
}

function Options<V extends string>({
  label,
  value,
  options,
  onChange,
  compact,
}: {
  label: string
  value: V | ''
  options: readonly { value: V; label: string }[]
  onChange: (value: V) => void
  compact?: boolean
}) {
  return (
    <View className={`options ${compact ? 'options--row' : ''}`} {...a11y(label, 'radiogroup')}>
      {options.map((o) => (
        <View
          key={o.value}
          className={`option ${value === o.value ? 'option--on' : ''}`}
          onClick={() => onChange(o.value)}
          {...a11y(o.label, 'radio', { checked: value === o.value })}
        >
          {o.label}
        </View>
      ))}
    </View>
  )
}

export function TriQuestion({ field, value, onChange }: { field: TriField; value: Tri; onChange: (value: Tri) => void }) {
  const { m } = useLocale()
  const label = questionLabel(m.check.questions, field)
  const options = [
    { value: 'yes', label: m.common.yes },
    { value: 'no', label: m.common.no },
    { value: 'unsure', label: m.common.unsure },
  ] as const
  return (
    <Question id={field} label={label} hint={questionHint(m.check.questions, field)}>
      <Options label={label} value={value} options={options} onChange={onChange} compact />
    </Question>
  )
}

export function errorMessage(m: ReturnType<typeof useLocale>['m'], error: FieldError): string {
  return format(m.check.errors[error.code], error.params)
}

const units: Record<NumberField, 'sqm' | 'yuanPerSqmPerDay' | 'persons' | 'wan'> = {
  rentAreaSqm: 'sqm',
  rentYuanPerSqmPerDay: 'yuanPerSqmPerDay',
  employees: 'persons',
  cabbageRdInvestmentWan: 'wan',
  majorFundingWan: 'wan',
  openListQuotaWan: 'wan',
}

export function NumberQuestion({
  field,
  value,
  showError,
  onChange,
  onBlur,
}: {
  field: NumberField
  value: string
  showError: boolean
  onChange: (value: string) => void
  onBlur: () => void
}) {
  const { m, lang } = useLocale()
  const label = questionLabel(m.check.questions, field)
  const unit = m.check.units[units[field]]
  const parsed = parseNumber(field, value)
  const error = showError && !parsed.ok ? errorMessage(m, parsed.error) : undefined
  const accessibleName = `${label} (${unit})`
  const integer = numberRules[field].integer
  // The amount in yuan, in words, under a 万元 field: a slip of the unit shows at once.
  const preview = isWanField(field) && parsed.ok && parsed.value !== undefined ? format(m.check.preview, { amount: formatYuan(wanToYuan(value), lang, m) }) : undefined
  return (
    <Question id={field} label={label} hint={questionHint(m.check.questions, field)} error={error}>
      <View className='number'>
        <Input
          className='number__input'
          // Numeric keyboards: whole numbers for headcount, decimals for the rest.
          type={numberRules[field].integer ? 'number' : 'digit'}
          value={value}
          placeholder={m.check.placeholder}
          maxlength={20}
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onBlur}
          // On H5, Taro's Input is a custom element that draws the real <input> later, so an
          // aria-label on it would name nothing: nativeProps reach the real one. Phones then
          // offer a numeric or decimal keypad.
          // A field in error says so, and points a screen reader to the message.
          {...(process.env.TARO_ENV === 'h5'
            ? { nativeProps: { 'aria-label': accessibleName, inputmode: integer ? 'numeric' : 'decimal', ...(error && { 'aria-invalid': 'true', 'aria-describedby': `q-${field}-error` }) } }
            : a11y(accessibleName))}
        />
        <Text className='number__unit'>{unit}</Text>
      </View>
      {preview && <Text className='number__preview'>{preview}</Text>}
    </Question>
  )
}

/**
 * One of the rules' lists, named by the API. Until the names arrive the question says it is
 * loading; if they cannot be had (offline, nothing saved) the values themselves are offered, so
 * the form never stalls on a label.
 */
export function ChoiceQuestion({ field, value, choices, onChange }: { field: ChoiceField; value: string; choices: Choices; onChange: (value: string) => void }) {
  const { m } = useLocale()
  const label = questionLabel(m.check.questions, field)
  return (
    <Question id={field} label={label} hint={questionHint(m.check.questions, field)}>
      {choices.state === 'loading' ? (
        <View className='choices-state' {...a11y(m.common.loading, 'status')}>
          <View className='spinner spinner--small' />
          <Text>{m.common.loading}</Text>
        </View>
      ) : (
        <>
          <Options label={label} value={value} options={choices.options(field)} onChange={onChange} />
          {choices.state === 'unlabelled' && (
            <View className='choices-state'>
              <Text>{m.check.choicesUnlabelled}</Text>
              <View className='link' onClick={choices.reload} {...a11y(m.common.retry, 'button')}>
                {m.common.retry}
              </View>
            </View>
          )}
        </>
      )}
    </Question>
  )
}

/** The answer as the review list shows it. */
export function answerText(m: ReturnType<typeof useLocale>['m'], lang: Language, key: QuestionKey, answers: Answers, choices: Choices): string {
  const value = answers[key]
  if (value === '') return m.check.notAnswered
  if (isChoiceField(key)) return choices.label(key, value)
  if (isNumberField(key)) {
    const parsed = parseNumber(key, value)
    if (!parsed.ok || parsed.value === undefined) return value
    return isWanField(key) ? formatYuan(wanToYuan(value), lang, m) : `${groupDigits(parsed.value)} ${m.check.units[units[key]]}`
  }
  return value === 'yes' ? m.common.yes : value === 'no' ? m.common.no : m.common.unsure
}
