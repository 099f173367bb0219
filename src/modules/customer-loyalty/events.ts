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
