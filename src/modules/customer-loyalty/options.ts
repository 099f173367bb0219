/**
 * The plugin's options (`plugins: [{ resolve: "medusa-plugin-customer-loyalty", options }]`),
 * which Medusa passes to the `customerLoyalty` module.
 */
export type CustomerLoyaltyOptions = {
  notifications?: {
    /** The notification channel to send on; default `email`. */
    channel?: string
    /** Template id for "points were credited" (orders, bookings). */
    points_credited_template?: string
    /** Template id for "staff adjusted your points". */
    points_adjusted_template?: string
  }
  /**
   * The customer metadata key that records marketing consent; loyalty
   * notifications go only to customers whose value is `true`. Default
   * `marketing_consent`.
   */
  marketing_consent_metadata_key?: string
}
