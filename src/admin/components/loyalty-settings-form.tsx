import { Select } from "@medusajs/ui"
import { useZodForm } from "../hooks/use-zod-form"
import {
  loyaltySettingsFormSchema,
  toLoyaltySettings,
  toLoyaltySettingsFormValues,
} from "../lib/loyalty-settings-form"
import { LoyaltySettings } from "../lib/types"
import { Form } from "./form"
import { FormField } from "./form-field"
import { NumberWithUnit } from "./number-with-unit"
import { PointsPerCurrencyFields } from "./points-per-currency-fields"

type LoyaltySettingsFormProps = {
  id: string
  settings: LoyaltySettings
  onSubmit: (settings: LoyaltySettings) => void
}

/** The program's settings: how points are earned, when they count and when they end. */
export const LoyaltySettingsForm = ({ id, settings, onSubmit }: LoyaltySettingsFormProps) => {
  const form = useZodForm(loyaltySettingsFormSchema, toLoyaltySettingsFormValues(settings))
  const expires = form.watch("expires")
  const submit = form.handleSubmit((values) => onSubmit(toLoyaltySettings(values)))

  return (
    <Form {...form}>
      <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
        <Form.Field
          control={form.control}
          name="rates"
          render={({ field }) => (
            <FormField
              label="Points per currency"
              hint="Points a customer earns for each whole unit spent (the order's subtotal after discounts, without tax and shipping). A currency that is not listed earns no points."
            >
              <PointsPerCurrencyFields value={field.value} onChange={field.onChange} />
            </FormField>
          )}
        />

        <Form.Field
          control={form.control}
          name="pending_days"
          render={({ field }) => (
            <FormField
              label="Pending period for orders"
              htmlFor={`${id}-pending-days`}
              hint="Points from an order can be used this many days after it was placed, when it can no longer be returned."
            >
              <NumberWithUnit
                id={`${id}-pending-days`}
                min={0}
                max={365}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                data-testid="loyalty-settings-pending-days"
                unit="days"
              />
            </FormField>
          )}
        />

        <Form.Field
          control={form.control}
          name="booking_pending_hours"
          render={({ field }) => (
            <FormField
              label="Pending period for bookings"
              htmlFor={`${id}-booking-hours`}
              hint="Points for a booked service or class can be used this many hours after it took place."
            >
              <NumberWithUnit
                id={`${id}-booking-hours`}
                min={0}
                max={720}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                data-testid="loyalty-settings-booking-hours"
                unit="hours"
              />
            </FormField>
          )}
        />

        <Form.Field
          control={form.control}
          name="expiry_months"
          render={({ field }) => (
            <FormField
              label="Points expire"
              hint="Counted from when the points became available; the oldest points are used first."
            >
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                <Form.Field
                  control={form.control}
                  name="expires"
                  render={({ field: expiresField }) => (
                    <Select value={expiresField.value} onValueChange={expiresField.onChange}>
                      <Select.Trigger
                        aria-label="Points expire"
                        data-testid="loyalty-settings-expires"
                      >
                        <Select.Value />
                      </Select.Trigger>
                      <Select.Content>
                        <Select.Item value="never">Never</Select.Item>
                        <Select.Item value="months">After a number of months</Select.Item>
                      </Select.Content>
                    </Select>
                  )}
                />
                {expires === "months" && (
                  <NumberWithUnit
                    min={1}
                    max={120}
                    aria-label="Months until points expire"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    data-testid="loyalty-settings-expiry-months"
                    unit="months"
                  />
                )}
              </div>
            </FormField>
          )}
        />

        <Form.Field
          control={form.control}
          name="min_redeem"
          render={({ field }) => (
            <FormField
              label="Minimum to redeem"
              htmlFor={`${id}-min-redeem`}
              hint="A member needs at least this many available points to take a reward."
            >
              <NumberWithUnit
                id={`${id}-min-redeem`}
                min={0}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                data-testid="loyalty-settings-min-redeem"
                unit="points"
              />
            </FormField>
          )}
        />
      </form>
    </Form>
  )
}
