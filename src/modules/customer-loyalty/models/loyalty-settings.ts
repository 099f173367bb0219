import { model } from "@medusajs/framework/utils"

/**
 * The program's settings; one row, created with the defaults by a migration
 * (Migration20261204100000, which also adds the unique index keeping it single).
 * `points_per_currency` maps a lower-case currency code to the points one
 * whole unit of that currency earns, e.g. `{ "sek": 1, "eur": 10 }`.
 */
export const LoyaltySettings = model.define("loyalty_settings", {
  id: model.id({ prefix: "lset" }).primaryKey(),
  points_per_currency: model.json().default({}),
  pending_days: model.number().default(14),
  booking_pending_hours: model.number().default(3),
  /** Months after an earn becomes available before it expires; null = never. */
  expiry_months: model.number().nullable(),
  min_redeem: model.number().default(0),
})
