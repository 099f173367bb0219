import { Button, DatePicker, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { FieldErrors, useValidatedForm } from "../hooks/use-validated-form"
import { endOfDay } from "../lib/flag-format"
import { Benefit, BenefitPayload } from "../lib/types"
import { ActiveSwitch } from "./active-switch"
import { FormField, InputField } from "./form-field"

type Values = {
  title: string
  description: string
  url: string
  code: string
  starts_at: Date | null
  ends_at: Date | null
  is_active: boolean
}

const toValues = (benefit?: Benefit | null): Values => ({
  title: benefit?.title ?? "",
  description: benefit?.description ?? "",
  url: benefit?.url ?? "",
  code: benefit?.code ?? "",
  starts_at: benefit?.starts_at ? new Date(benefit.starts_at) : null,
  ends_at: benefit?.ends_at ? new Date(benefit.ends_at) : null,
  is_active: benefit?.is_active ?? true,
})

const startOfDay = (date: Date) => {
  const start = new Date(date)
  start.setHours(0, 0, 0, 0)
  return start
}

const validate = (values: Values) => {
  const errors: FieldErrors<Values> = {}
  if (!values.title.trim()) {
    errors.title = "Give the offer a title."
  }
  if (!values.url.trim() && !values.code.trim()) {
    errors.url = "Give a URL, a code or both."
  }
  if (values.url.trim() && !/^https?:\/\/\S+$/i.test(values.url.trim())) {
    errors.url = "Use a full URL like https://example.com/offer."
  }
  if (values.starts_at && values.ends_at && endOfDay(values.ends_at) <= startOfDay(values.starts_at)) {
    errors.ends_at = "End on or after the start date."
  }
  return errors
}

/**
 * The field a 400 names (`Invalid request: Field 'url' must be …`), so its
 * message shows under that field; null when it names none the form has.
 */
export const serverFieldError = (error: Error | null | undefined) => {
  const match = error?.message.match(/Field '(\w+)'.*/)
  return match && match[1] in toValues()
    ? { field: match[1] as keyof Values, message: match[0] }
    : null
}

type BenefitFormProps = {
  id: string
  benefit?: Benefit | null
  isPending: boolean
  /** The last save's error; one naming a field shows under it. */
  error?: Error | null
  onSubmit: (payload: BenefitPayload) => void
  onCancel: () => void
}

/** An offer link: a title with a URL and/or a code, shown to shoppers between its dates. */
export const BenefitForm = ({ id, benefit, isPending, error, onSubmit, onCancel }: BenefitFormProps) => {
  const { values, errors, set, handleSubmit } = useValidatedForm(() => toValues(benefit), validate)
  const [serverError, setServerError] = useState(() => serverFieldError(error))
  useEffect(() => setServerError(serverFieldError(error)), [error])

  const change = <K extends keyof Values>(key: K, value: Values[K]) => {
    set(key, value)
    if (serverError?.field === key) {
      setServerError(null)
    }
  }
  const errorOf = (key: keyof Values) =>
    errors[key] ?? (serverError?.field === key ? serverError.message : undefined)

  const submit = handleSubmit((values) =>
    onSubmit({
      title: values.title.trim(),
      description: values.description.trim() || null,
      url: values.url.trim() || null,
      code: values.code.trim() || null,
      starts_at: values.starts_at ? startOfDay(values.starts_at).toISOString() : null,
      ends_at: values.ends_at ? endOfDay(values.ends_at).toISOString() : null,
      is_active: values.is_active,
    })
  )

  return (
    <form
      id={id}
      onSubmit={submit}
      noValidate
      className="shadow-borders-base flex flex-col gap-y-6 rounded-lg p-4"
      data-testid="benefit-form"
    >
      <Text size="small" weight="plus">
        {benefit ? "Edit offer link" : "New offer link"}
      </Text>
      <InputField
        label="Title"
        id={`${id}-title`}
        maxLength={200}
        autoComplete="off"
        placeholder="20% off the winter collection"
        error={errorOf("title")}
        data-testid="benefit-title"
        value={values.title}
        onChange={(event) => change("title", event.target.value)}
      />
      <FormField label="Description" htmlFor={`${id}-description`} optional error={errorOf("description")}>
        <Textarea
          id={`${id}-description`}
          data-testid="benefit-description"
          rows={2}
          maxLength={2000}
          placeholder="What the shopper gets and how"
          value={values.description}
          onChange={(event) => change("description", event.target.value)}
        />
      </FormField>
      <div className="grid grid-cols-1 items-start gap-4 sm:grid-cols-[1fr_160px]">
        <InputField
          label="URL"
          id={`${id}-url`}
          type="url"
          placeholder="https://example.com/offer"
          error={errorOf("url")}
          data-testid="benefit-url"
          value={values.url}
          onChange={(event) => change("url", event.target.value)}
        />
        <InputField
          label="Code"
          id={`${id}-code`}
          maxLength={100}
          autoComplete="off"
          placeholder="WINTER20"
          error={errorOf("code")}
          data-testid="benefit-code"
          value={values.code}
          onChange={(event) => change("code", event.target.value)}
        />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField label="Starts on" optional error={errorOf("starts_at")}>
          <DatePicker
            aria-label="Starts on"
            value={values.starts_at}
            onChange={(date) => change("starts_at", date)}
          />
        </FormField>
        <FormField label="Ends on" optional error={errorOf("ends_at")}>
          <DatePicker
            aria-label="Ends on"
            value={values.ends_at}
            onChange={(date) => change("ends_at", date)}
          />
        </FormField>
      </div>
      <ActiveSwitch
        id={`${id}-active`}
        description="Inactive offers are kept but not shown to shoppers."
        checked={values.is_active}
        onCheckedChange={(checked) => change("is_active", checked)}
      />
      <div className="flex items-center justify-end gap-x-2">
        <Button size="small" variant="secondary" type="button" onClick={onCancel}>
          Cancel
        </Button>
        <Button size="small" type="submit" isLoading={isPending} data-testid="benefit-form-submit">
          {benefit ? "Save offer link" : "Add offer link"}
        </Button>
      </div>
    </form>
  )
}
