import type {
  FlagAssignmentEndReason,
  FlagAssignmentSource,
  FlagDisplayMode,
  FlagExpiryType,
} from "./constants"

export type CustomerFlagDTO = {
  id: string
  name: string
  abbreviation: string
  icon: string
  color: string
  display: FlagDisplayMode
  expiry_type: FlagExpiryType
  expiry_date: Date | null
  expiry_days: number | null
  description: string | null
  customer_group_id: string | null
  purchase_rule: CustomerFlagPurchaseRule | null
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

/**
 * "Connections": the flag is assigned on `order.placed` when the order holds
 * an item of the chosen products, variants, collections or categories (any
 * list may be empty, not all), and, when set, once the customer has bought
 * at least `min_quantity` such items in at least `min_orders` orders within
 * `window` (this order included).
 */
export type CustomerFlagPurchaseRule = {
  product_ids: string[]
  variant_ids: string[]
  collection_ids: string[]
  category_ids: string[]
  min_quantity: number | null
  min_orders: number | null
  window: { days: number } | { from?: string; to?: string } | null
}

export type CustomerSegmentDTO = {
  id: string
  name: string
  description: string | null
  rules: Record<string, unknown>
  flag_id: string | null
  remove_flag_on_leave: boolean
  member_count: number
  last_refreshed_at: Date | null
  last_refresh_ms: number | null
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export type CustomerFlagAssignmentDTO = {
  id: string
  flag_id: string
  flag?: CustomerFlagDTO
  customer_id: string
  source: FlagAssignmentSource
  source_id: string | null
  assigned_by: string | null
  assigned_at: Date
  expires_at: Date | null
  note: string | null
  removed_at: Date | null
  removed_by: string | null
  removal_reason: FlagAssignmentEndReason | null
}

export type EndedFlagAssignment = {
  id: string
  flag_id: string
  customer_id: string
}

export type LoyaltySettingsDTO = {
  /** Null only when the settings row is missing and the defaults are read. */
  id: string | null
  /** Points one whole unit of a currency earns, by lower-case currency code. */
  points_per_currency: Record<string, number>
  pending_days: number
  booking_pending_hours: number
  expiry_months: number | null
  min_redeem: number
}

export const DEFAULT_LOYALTY_SETTINGS: Omit<LoyaltySettingsDTO, "id"> = {
  points_per_currency: {},
  pending_days: 14,
  booking_pending_hours: 3,
  expiry_months: 12,
  min_redeem: 0,
}
