import { Text, Textarea } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { FieldErrors, useValidatedForm } from "../hooks/use-validated-form"
import { DISPLAY_MODES, HEX_COLOR, endOfDay } from "../lib/flag-format"
import { CustomerFlag, CustomerFlagPayload, FlagDisplay, FlagExpiry } from "../lib/types"
import { ChoiceField } from "./choice-field"
import { ColorPicker } from "./color-picker"
import { ExpiryDraft, ExpiryFields, expiryToDraft } from "./expiry-fields"
import { FlagIcon } from "./flag-icon"
import { FormField, InputField, NameField } from "./form-field"
import { IconPicker } from "./icon-picker"
import { SalesChannelOption, SalesChannelSelect } from "./sales-channel-select"

type FlagFormValues = {
  name: string
  abbreviation: string
  icon: string
  color: string
  display: FlagDisplay
  expiry: ExpiryDraft
  sales_channels: SalesChannelOption[]
  description: string
}

const toValues = (flag?: CustomerFlag): FlagFormValues => ({
  name: flag?.name ?? "",
  abbreviation: flag?.abbreviation ?? "",
  icon: flag?.icon ?? "Star",
  color: flag?.color ?? "#7C3AED",
  display: flag?.display ?? "card",
  expiry: expiryToDraft(flag?.expiry),
  sales_channels: flag?.sales_channels ?? [],
  description: flag?.description ?? "",
})

const DISPLAY_CHOICES = DISPLAY_MODES.map((mode) => ({
  ...mode,
  testId: `customer-flag-form-display-${mode.value}`,
}))

const toExpiry = (draft: ExpiryDraft): FlagExpiry => {
  switch (draft.type) {
    case "fixed_date":
      return { type: "fixed_date", date: endOfDay(draft.date!).toISOString() }
    case "days_after_assignment":
      return { type: "days_after_assignment", days: Number(draft.days) }
    default:
      return { type: "none" }
  }
}

const validate = (values: FlagFormValues) => {
  const errors: FieldErrors<FlagFormValues> = {}
  if (!values.name.trim()) {
    errors.name = "Give the flag a name."
  }
  const abbreviation = values.abbreviation.trim()
  if (!abbreviation || abbreviation.length > 4) {
    errors.abbreviation = "Use 1 to 4 characters."
  }
  if (!values.icon) {
    errors.icon = "Pick an icon."
  }
  if (!HEX_COLOR.test(values.color)) {
    errors.color = "Use a hex colour such as #7C3AED."
  }
  if (values.expiry.type === "fixed_date" && !values.expiry.date) {
    errors.expiry = "Pick the date the flag expires on."
  }
  if (values.expiry.type === "days_after_assignment") {
    const days = Number(values.expiry.days)
    if (!Number.isInteger(days) || days < 1 || days > 36500) {
      errors.expiry = "Use a whole number of days from 1 to 36500."
    }
  }
  return errors
}

type FlagFormProps = {
  /** Lets the submit button live outside the form (in a modal's footer). */
  id: string
  flag?: CustomerFlag
  onSubmit: (payload: CustomerFlagPayload) => void
}

/** The fields of a customer flag, shared by the create modal and the edit drawer. */
export const FlagForm = ({ id, flag, onSubmit }: FlagFormProps) => {
  const { values, errors, set, handleSubmit } = useValidatedForm(() => toValues(flag), validate)
  const [submitCount, setSubmitCount] = useState(0)
  const formRef = useRef<HTMLFormElement>(null)

  // The form is long: after a failed submit, show the first field to fix.
  useEffect(() => {
    formRef.current
      ?.querySelector("[data-invalid]")
      ?.scrollIntoView({ block: "center", behavior: "smooth" })
  }, [submitCount])

  const submit = handleSubmit(
    (values) =>
      onSubmit({
        name: values.name.trim(),
        abbreviation: values.abbreviation.trim(),
        icon: values.icon,
        color: values.color,
        display: values.display,
        expiry: toExpiry(values.expiry),
        sales_channel_ids: values.sales_channels.map((channel) => channel.id),
        description: values.description.trim() || null,
      }),
    () => setSubmitCount((count) => count + 1)
  )

  return (
    <form
      ref={formRef}
      id={id}
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-y-8"
    >
      <div className="bg-ui-bg-subtle shadow-borders-base flex items-center gap-x-3 rounded-lg px-4 py-3">
        <FlagIcon
          flag={{
            icon: values.icon,
            color: HEX_COLOR.test(values.color) ? values.color : "#6B7280",
            abbreviation: values.abbreviation.trim() || "?",
          }}
          size="large"
        />
        <div className="flex min-w-0 flex-col">
          <Text size="small" leading="compact" weight="plus" className="truncate">
            {values.name.trim() || "New flag"}
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            Preview
          </Text>
        </div>
      </div>

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_160px]">
        <NameField
          id={`${id}-name`}
          error={errors.name}
          data-testid="customer-flag-form-name"
          value={values.name}
          maxLength={100}
          placeholder="VIP"
          onChange={(event) => set("name", event.target.value)}
          aria-invalid={!!errors.name}
        />
        <InputField
          label="Abbreviation"
          id={`${id}-abbreviation`}
          error={errors.abbreviation}
          data-testid="customer-flag-form-abbreviation"
          value={values.abbreviation}
          maxLength={4}
          placeholder="VIP"
          autoComplete="off"
          onChange={(event) => set("abbreviation", event.target.value)}
          aria-invalid={!!errors.abbreviation}
        />
      </div>

      <FormField label="Description" htmlFor={`${id}-description`} optional>
        <Textarea
          id={`${id}-description`}
          data-testid="customer-flag-form-description"
          value={values.description}
          maxLength={2000}
          rows={3}
          placeholder="What the flag means and how staff should treat these customers."
          onChange={(event) => set("description", event.target.value)}
        />
      </FormField>

      <FormField label="Icon" error={errors.icon}>
        <IconPicker value={values.icon} onChange={(icon) => set("icon", icon)} />
      </FormField>

      <FormField label="Colour" htmlFor={`${id}-color`} error={errors.color}>
        <ColorPicker
          id={`${id}-color`}
          value={values.color}
          onChange={(color) => set("color", color)}
        />
      </FormField>

      <ChoiceField
        label="Display"
        choices={DISPLAY_CHOICES}
        value={values.display}
        onChange={(display) => set("display", display)}
      />

      <FormField
        label="Expiry"
        hint="How long a customer keeps the flag once they are given it."
        error={errors.expiry}
      >
        <ExpiryFields value={values.expiry} onChange={(expiry) => set("expiry", expiry)} />
      </FormField>

      <FormField
        label="Sales channels"
        hint="The flag applies in the chosen sales channels; choose none for all."
      >
        <SalesChannelSelect
          value={values.sales_channels}
          onChange={(channels) => set("sales_channels", channels)}
        />
      </FormField>
    </form>
  )
}
