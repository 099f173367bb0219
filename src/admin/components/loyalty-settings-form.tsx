import { Select } from "@medusajs/ui"
import { FieldErrors, useValidatedForm } from "../hooks/use-validated-form"
import { LoyaltySettings } from "../lib/types"
import { FormField } from "./form-field"
import { NumberWithUnit } from "./number-with-unit"
import {
  CurrencyRateDraft,
  PointsPerCurrencyFields,
  rateDraft,
} from "./points-per-currency-fields"

type Values = {
  rates: CurrencyRateDraft[]
  pending_days: string
  booking_pending_hours: string
  expires: "never" | "months"
  expiry_months: string
  min_redeem: string
}

const toValues = (settings: LoyaltySettings): Values => ({
  rates: Object.entries(settings.points_per_currency ?? {}).map(([code, points]) =>
    rateDraft(code.toUpperCase(), String(points))
  ),
  pending_days: String(settings.pending_days),
  booking_pending_hours: String(settings.booking_pending_hours),
  expires: settings.expiry_months ? "months" : "never",
  expiry_months: String(settings.expiry_months ?? 12),
  min_redeem: String(settings.min_redeem),
})

const wholeNumberIn = (value: string, min: number, max: number) => {
  const number = Number(value)
  return value.trim() !== "" && Number.isInteger(number) && number >= min && number <= max
}

const validate = (values: Values) => {
  const errors: FieldErrors<Values> = {}
  const codes = values.rates.map((row) => row.code)
  if (
    values.rates.some(
      (row) => !/^[A-Z]{3}$/.test(row.code) || row.points.trim() === "" || Number(row.points) < 0
    )
  ) {
    errors.rates = "Each row needs a 3-letter currency code and a number of points of 0 or more."
  } else if (new Set(codes).size !== codes.length) {
    errors.rates = "Each currency can only be listed once."
  }
  if (!wholeNumberIn(values.pending_days, 0, 365)) {
    errors.pending_days = "Use a whole number of days from 0 to 365."
  }
  if (!wholeNumberIn(values.booking_pending_hours, 0, 720)) {
    errors.booking_pending_hours = "Use a whole number of hours from 0 to 720."
  }
  if (values.expires === "months" && !wholeNumberIn(values.expiry_months, 1, 120)) {
    errors.expiry_months = "Use a whole number of months from 1 to 120."
  }
  if (!wholeNumberIn(values.min_redeem, 0, Number.MAX_SAFE_INTEGER)) {
    errors.min_redeem = "Use a whole number of points, 0 or more."
  }
  return errors
}

type LoyaltySettingsFormProps = {
  id: string
  settings: LoyaltySettings
  onSubmit: (settings: LoyaltySettings) => void
}

/** The program's settings: how points are earned, when they count and when they end. */
export const LoyaltySettingsForm = ({ id, settings, onSubmit }: LoyaltySettingsFormProps) => {
  const { values, errors, set, handleSubmit } = useValidatedForm(() => toValues(settings), validate)

  const submit = handleSubmit((values) =>
    onSubmit({
      points_per_currency: Object.fromEntries(
        values.rates.map((row) => [row.code.toLowerCase(), Number(row.points)])
      ),
      pending_days: Number(values.pending_days),
      booking_pending_hours: Number(values.booking_pending_hours),
      expiry_months: values.expires === "months" ? Number(values.expiry_months) : null,
      min_redeem: Number(values.min_redeem),
    })
  )

  return (
    <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
      <FormField
        label="Points per currency"
        hint="Points a customer earns for each whole unit spent (the order's subtotal after discounts, without tax and shipping). A currency that is not listed earns no points."
        error={errors.rates}
      >
        <PointsPerCurrencyFields value={values.rates} onChange={(rates) => set("rates", rates)} />
      </FormField>

      <FormField
        label="Pending period for orders"
        htmlFor={`${id}-pending-days`}
        hint="Points from an order can be used this many days after it was placed, when it can no longer be returned."
        error={errors.pending_days}
      >
        <NumberWithUnit
          id={`${id}-pending-days`}
          min={0}
          max={365}
          value={values.pending_days}
          onChange={(event) => set("pending_days", event.target.value)}
          data-testid="loyalty-settings-pending-days"
          unit="days"
        />
      </FormField>

      <FormField
        label="Pending period for bookings"
        htmlFor={`${id}-booking-hours`}
        hint="Points for a booked service or class can be used this many hours after it took place."
        error={errors.booking_pending_hours}
      >
        <NumberWithUnit
          id={`${id}-booking-hours`}
          min={0}
          max={720}
          value={values.booking_pending_hours}
          onChange={(event) => set("booking_pending_hours", event.target.value)}
          data-testid="loyalty-settings-booking-hours"
          unit="hours"
        />
      </FormField>

      <FormField
        label="Points expire"
        hint="Counted from when the points became available; the oldest points are used first."
        error={errors.expiry_months}
      >
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          <Select
            value={values.expires}
            onValueChange={(expires) => set("expires", expires as Values["expires"])}
          >
            <Select.Trigger aria-label="Points expire" data-testid="loyalty-settings-expires">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="never">Never</Select.Item>
              <Select.Item value="months">After a number of months</Select.Item>
            </Select.Content>
          </Select>
          {values.expires === "months" && (
            <NumberWithUnit
              min={1}
              max={120}
              aria-label="Months until points expire"
              value={values.expiry_months}
              onChange={(event) => set("expiry_months", event.target.value)}
              data-testid="loyalty-settings-expiry-months"
              unit="months"
            />
          )}
        </div>
      </FormField>

      <FormField
        label="Minimum to redeem"
        htmlFor={`${id}-min-redeem`}
        hint="A member needs at least this many available points to take a reward."
        error={errors.min_redeem}
      >
        <NumberWithUnit
          id={`${id}-min-redeem`}
          min={0}
          value={values.min_redeem}
          onChange={(event) => set("min_redeem", event.target.value)}
          data-testid="loyalty-settings-min-redeem"
          unit="points"
        />
      </FormField>
    </form>
  )
}
