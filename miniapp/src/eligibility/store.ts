/**
 * The form's answers and step, kept in storage on every change so they survive closing the app
 * and a language switch (the answers hold values, never text in a language).
 */
import { readStored, removeStored, writeStored } from '../services/storage.ts'
import { emptyAnswers, restoreAnswers, steps, type Answers, type StepId } from './form.ts'

// v2: amounts in 万元 (v1 held yuan, which would now read 10,000 times too large).
export const answersStorageKey = 'eligibility:answers:v2'
export const stepStorageKey = 'eligibility:step:v1'

export const loadAnswers = (): Answers => restoreAnswers(readStored(answersStorageKey))
export const saveAnswers = (answers: Answers) => writeStored(answersStorageKey, answers)

export function loadStep(): StepId {
  const saved = readStored(stepStorageKey)
  return (steps as readonly unknown[]).includes(saved) ? (saved as StepId) : 'company'
}
export const saveStep = (step: StepId) => writeStored(stepStorageKey, step)

export function clearForm(): Answers {
  removeStored(answersStorageKey)
  removeStored(stepStorageKey)
  return { ...emptyAnswers }
}
