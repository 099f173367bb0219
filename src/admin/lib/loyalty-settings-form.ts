import { z } from "zod"
import {
  bookingPendingHours,
  CURRENCY_CODE,
  expiryMonths,
  minRedeem,
  pendingDays,
  pointsPerUnit,
} from "../../lib/schemas/loyalty-program"
import { numberOf, numberText, passes } from "./form-rules"
import { LoyaltySettings } from "./types"

/** One row "currency → points per whole unit" as typed; `key` tells the rows apart. */
export type CurrencyRateDraft = { key: number; code: string; points: string }

let nextKey = 0
export const rateDraft = (code = "", points = ""): CurrencyRateDraft => ({
  key: nextKey++,
  code,
  points,
})

/** The settings form's values, checked by the API's rules for the settings (numbers as typed). */
export const loyaltySettingsFormSchema = z
  .object({
    rates: z.custom<CurrencyRateDraft[]>().superRefine((rates, ctx) => {
      const codes = rates.map((row) => row.code)
      if (
        rates.some(
          (row) => !CURRENCY_CODE.test(row.code) || !passes(pointsPerUnit)(numberOf(row.points))
        )
      ) {
        ctx.addIssue({
          code: "custom",
          message: "Each row needs a 3-letter currency code and a number of points of 0 or more.",
        })
      } else if (new Set(codes).size !== codes.length) {
        ctx.addIssue({ code: "custom", message: "Each currency can only be listed once." })
      }
    }),
    pending_days: numberText(pendingDays, "Use a whole number of days from 0 to 365."),
    booking_pending_hours: numberText(
      bookingPendingHours,
      "Use a whole number of hours from 0 to 720."
    ),
    expires: z.enum(["never", "months"]),
    expiry_months: z.string(),
    min_redeem: numberText(minRedeem, "Use a whole number of points, 0 or more."),
  })
  .superRefine((values, ctx) => {
    // Months count only when points expire.
    if (values.expires === "months" && !passes(expiryMonths)(numberOf(values.expiry_months))) {
      ctx.addIssue({
        code: "custom",
        path: ["expiry_months"],
        message: "Use a whole number of months from 1 to 120.",
      })
    }
  })

export type LoyaltySettingsFormValues = z.input<typeof loyaltySettingsFormSchema>

export const toLoyaltySettingsFormValues = (
  settings: LoyaltySettings
): LoyaltySettingsFormValues => ({
  rates: Object.entries(settings.points_per_currency ?? {}).map(([code, points]) =>
    rateDraft(code.toUpperCase(), String(points))
  ),
  pending_days: String(settings.pending_days),
  booking_pending_hours: String(settings.booking_pending_hours),
  expires: settings.expiry_months ? "months" : "never",
  expiry_months: String(settings.expiry_months ?? 12),
  min_redeem: String(settings.min_redeem),
})

export const toLoyaltySettings = (values: LoyaltySettingsFormValues): LoyaltySettings => ({
  points_per_currency: Object.fromEntries(
    values.rates.map((row) => [row.code.toLowerCase(), Number(row.points)])
  ),
  pending_days: Number(values.pending_days),
  booking_pending_hours: Number(values.booking_pending_hours),
  expiry_months: values.expires === "months" ? Number(values.expiry_months) : null,
  min_redeem: Number(values.min_redeem),
})
