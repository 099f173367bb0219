/** Events the plugin emits; subscribe to them to react in other code. */
export const CustomerFlagEvents = {
  CREATED: "customer_flag.created",
  UPDATED: "customer_flag.updated",
  DELETED: "customer_flag.deleted",
  /** `{ id, flag_id, customer_id, source }` per assignment. */
  ASSIGNED: "customer_flag.assigned",
  /** `{ id, flag_id, customer_id }` per ended assignment. */
  REMOVED: "customer_flag.removed",
  /** `{ id, flag_id, customer_id }` per expired assignment. */
  EXPIRED: "customer_flag.expired",
} as const

/** Loyalty events. Each carries `{ account_id, customer_id, entry_id, points, … }`. */
export const LoyaltyEvents = {
  POINTS_CREDITED: "loyalty.points_credited",
  POINTS_REDEEMED: "loyalty.points_redeemed",
  POINTS_ADJUSTED: "loyalty.points_adjusted",
  POINTS_EXPIRED: "loyalty.points_expired",
  POINTS_REVERSED: "loyalty.points_reversed",
  POINTS_AVAILABLE: "loyalty.points_available",
  /** `{ account_id, previous_tier_id, tier_id }` */
  TIER_CHANGED: "loyalty.tier_changed",
  ACCOUNT_CLOSED: "loyalty.account_closed",
  MEMBER_ADDED: "loyalty.member_added",
  /** `{ account_id, customer_id, new_account_id }`: a member left a shared membership. */
  MEMBER_REMOVED: "loyalty.member_removed",
  /** `{ account_id, identifier, previous_identifier }` */
  IDENTIFIER_CHANGED: "loyalty.account_identifier_changed",
} as const

/** Segment membership events, one per customer. */
export const SegmentEvents = {
  /** `{ segment_id, customer_id }` */
  CUSTOMER_ENTERED: "segment.customer_entered",
  /** `{ segment_id, customer_id }` */
  CUSTOMER_LEFT: "segment.customer_left",
} as const

/** Events the plugin consumes from outside Medusa. */
export const BookingEvents = {
  /** `{ id, customer_id, product_id?, variant_id?, occurred_at }` */
  COMPLETED: "booking.completed",
  /** `{ id, customer_id }` */
  CANCELLED: "booking.cancelled",
} as const
