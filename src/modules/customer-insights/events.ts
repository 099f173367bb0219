/** Events the customer-insights module's workflows emit. */
export const OrderFactEvents = {
  /**
   * The facts of some orders were refreshed (after an order event) and what
   * at least one of them counts for changed. `{ order_ids, customer_ids,
   * added_order_ids }`: the orders refreshed, the customers whose facts
   * changed (those of the old rows and of the new), and the orders that
   * began to count in this refresh (placed, or no longer canceled).
   * Segment and purchase-rule reactions listen to this, not to the order
   * events, so that they read the facts after they are written.
   */
  REFRESHED: "customer_order_facts.refreshed",
} as const

export type OrderFactsRefreshedData = {
  order_ids: string[]
  customer_ids: string[]
  added_order_ids: string[]
}
