import { Text, Textarea } from "@medusajs/ui"
import { useEffect, useRef } from "react"
import { useZodForm } from "../hooks/use-zod-form"
import { DISPLAY_MODES, HEX_COLOR, endOfDay } from "../lib/flag-format"
import { flagFormSchema } from "../lib/flag-form-schema"
import { CustomerFlag, CustomerFlagPayload, FlagDisplay, FlagExpiry } from "../lib/types"
import { ChoiceField } from "./choice-field"
import { ColorPicker } from "./color-picker"
import { ExpiryDraft, ExpiryFields, expiryToDraft } from "./expiry-fields"
import { FlagIcon } from "./flag-icon"
import { Form } from "./form"
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

type FlagFormProps = {
  /** Lets the submit button live outside the form (in a modal's footer). */
  id: string
  flag?: CustomerFlag
  onSubmit: (payload: CustomerFlagPayload) => void
}

/** The fields of a customer flag, shared by the create modal and the edit drawer. */
export const FlagForm = ({ id, flag, onSubmit }: FlagFormProps) => {
  const form = useZodForm(flagFormSchema, toValues(flag))
  const { submitCount } = form.formState
  const formRef = useRef<HTMLFormElement>(null)

  // The form is long: after a failed submit, show the first field to fix.
  useEffect(() => {
    formRef.current
      ?.querySelector("[data-invalid]")
      ?.scrollIntoView({ block: "center", behavior: "smooth" })
  }, [submitCount])

  const submit = form.handleSubmit((values) =>
    onSubmit({
      name: values.name.trim(),
      abbreviation: values.abbreviation.trim(),
      icon: values.icon,
      color: values.color,
      display: values.display,
      expiry: toExpiry(values.expiry),
      sales_channel_ids: values.sales_channels.map((channel) => channel.id),
      description: values.description.trim() || null,
    })
  )
  const [name, abbreviation, icon, color] = form.watch(["name", "abbreviation", "icon", "color"])

  return (
    <Form {...form}>
      <form ref={formRef} id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
        <div className="bg-ui-bg-subtle shadow-borders-base flex items-center gap-x-3 rounded-lg px-4 py-3">
          <FlagIcon
            flag={{
              icon,
              color: HEX_COLOR.test(color) ? color : "#6B7280",
              abbreviation: abbreviation.trim() || "?",
            }}
            size="large"
          />
          <div className="flex min-w-0 flex-col">
            <Text size="small" leading="compact" weight="plus" className="truncate">
              {name.trim() || "New flag"}
            </Text>
            <Text size="small" leading="compact" className="text-ui-fg-subtle">
              Preview
            </Text>
          </div>
        </div>

        <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_160px]">
          <Form.Field
            control={form.control}
            name="name"
            render={({ field }) => (
              <NameField
                id={`${id}-name`}
                data-testid="customer-flag-form-name"
                maxLength={100}
                placeholder="VIP"
                {...field}
              />
            )}
          />
          <Form.Field
            control={form.control}
            name="abbreviation"
            render={({ field }) => (
              <InputField
                label="Abbreviation"
                id={`${id}-abbreviation`}
                data-testid="customer-flag-form-abbreviation"
                maxLength={4}
                placeholder="VIP"
                autoComplete="off"
                {...field}
              />
            )}
          />
        </div>

        <Form.Field
          control={form.control}
          name="description"
          render={({ field }) => (
            <FormField label="Description" htmlFor={`${id}-description`} optional>
              <Textarea
                id={`${id}-description`}
                data-testid="customer-flag-form-description"
                maxLength={2000}
                rows={3}
                placeholder="What the flag means and how staff should treat these customers."
                {...field}
              />
            </FormField>
          )}
        />

        <Form.Field
          control={form.control}
          name="icon"
          render={({ field }) => (
            <FormField label="Icon">
              <IconPicker value={field.value} onChange={field.onChange} />
            </FormField>
          )}
        />

        <Form.Field
          control={form.control}
          name="color"
          render={({ field }) => (
            <FormField label="Colour" htmlFor={`${id}-color`}>
              <ColorPicker id={`${id}-color`} value={field.value} onChange={field.onChange} />
            </FormField>
          )}
        />

        <Form.Field
          control={form.control}
          name="display"
          render={({ field }) => (
            <ChoiceField
              label="Display"
              choices={DISPLAY_CHOICES}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />

        <Form.Field
          control={form.control}
          name="expiry"
          render={({ field }) => (
            <FormField
              label="Expiry"
              hint="How long a customer keeps the flag once they are given it."
            >
              <ExpiryFields value={field.value} onChange={field.onChange} />
            </FormField>
          )}
        />

        <Form.Field
          control={form.control}
          name="sales_channels"
          render={({ field }) => (
            <FormField
              label="Sales channels"
              hint="The flag applies in the chosen sales channels; choose none for all."
            >
              <SalesChannelSelect value={field.value} onChange={field.onChange} />
            </FormField>
          )}
        />
      </form>
    </Form>
  )
}
