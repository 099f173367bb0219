import { z } from "zod"

/*
 * The rules of a customer flag's fields, for the API's validators and the
 * admin's forms alike; plain zod, so the admin bundle can import them.
 * Messages are written only where Medusa's validator shows them: it words
 * type, required, too-small and too-big errors itself, naming the field.
 */

export const flagName = z.string().trim().min(1).max(100)

export const flagAbbreviation = z.string().trim().min(1).max(4)

export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/

export const flagColor = z
  .string()
  .regex(HEX_COLOR, "Field 'color' must be a hex colour like '#7C3AED'")

export const MAX_FLAG_EXPIRY_DAYS = 36500

/** How many days a flag lasts once given. */
export const flagExpiryDays = z
  .number()
  .refine(
    (days) => Number.isInteger(days) && days >= 1 && days <= MAX_FLAG_EXPIRY_DAYS,
    `Field 'expiry.days' must be a whole number from 1 to ${MAX_FLAG_EXPIRY_DAYS}`
  )

/** As segment rules bound them: no real rule needs more, and a stored 1e308 fails in SQL. */
export const MAX_PURCHASE_COUNT = 1_000_000

/** A purchase rule's least quantity or number of orders. */
export const purchaseCount = (field: "min_quantity" | "min_orders") =>
  z
    .number()
    .refine(
      (value) => Number.isInteger(value) && value >= 1 && value <= MAX_PURCHASE_COUNT,
      `Field '${field}' must be a whole number from 1 to ${MAX_PURCHASE_COUNT}`
    )
