import { FormEvent, useState } from "react"

export type FieldErrors<TValues> = Partial<Record<keyof TValues, string>>

/**
 * A form's values and the errors found in them. `set` changes one field and
 * clears its error; `touch` checks one field when it is left (blur), so an
 * error shows after staff moved on, never while they type; `handleSubmit(onValid)`
 * checks the values on submit and calls `onValid` only when no field has an
 * error (else `onInvalid`).
 */
export const useValidatedForm = <TValues>(
  initialValues: () => TValues,
  validate: (values: TValues) => FieldErrors<TValues>
) => {
  const [values, setValues] = useState(initialValues)
  const [errors, setErrors] = useState<FieldErrors<TValues>>({})

  const set = <K extends keyof TValues>(key: K, value: TValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors((current) => ({ ...current, [key]: undefined }))
  }

  const touch = <K extends keyof TValues>(key: K) => {
    setErrors((current) => ({ ...current, [key]: validate(values)[key] }))
  }

  const handleSubmit =
    (onValid: (values: TValues) => void, onInvalid?: () => void) => (event: FormEvent) => {
      event.preventDefault()
      const found = validate(values)
      setErrors(found)
      if (Object.values(found).some(Boolean)) {
        onInvalid?.()
        return
      }
      onValid(values)
    }

  return { values, errors, set, touch, handleSubmit }
}
