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
    /**
     * The locale of the messages written in the admin that members without
     * a locale of their own (`customer.metadata.locale`), or with one no
     * message is written in, get. Default `en`.
     */
    default_locale?: string
  }
  /**
   * The customer metadata key that records marketing consent; loyalty
   * notifications go only to customers whose value is `true`. Default
   * `marketing_consent`.
   */
  marketing_consent_metadata_key?: string
  segments?: {
    /**
     * The IANA timezone in which segment dates (`2026-01-01`, windows
     * `{ from, to }`) are whole days. Default `UTC`.
     */
    timezone?: string
    /** How often the scheduled job refreshes each segment. Default 60. */
    refresh_interval_minutes?: number
  }
  bookings?: {
    /**
     * The shared secret a booking system signs `POST /hooks/customer-loyalty/bookings`
     * with (HMAC-SHA256). Without it the route refuses every call (503).
     */
    webhook_secret?: string
  }
}

/**
 * The customer metadata key of marketing consent, with its default: the one
 * source for the notifications, segments and the customer overview, so
 * whom the plugin writes to and whom the overview shows as consenting agree.
 */
export function marketingConsentKey(options: CustomerLoyaltyOptions = {}): string {
  return options.marketing_consent_metadata_key ?? "marketing_consent"
}

export type SegmentSettings = {
  timezone: string
  refresh_interval_minutes: number
  marketing_consent_key: string
}

/** The segment options with their defaults; throws on a timezone nobody knows. */
export function segmentSettings(options: CustomerLoyaltyOptions = {}): SegmentSettings {
  const timezone = options.segments?.timezone ?? "UTC"
  try {
    new Intl.DateTimeFormat("en", { timeZone: timezone })
  } catch {
    throw new Error(
      `customerLoyalty option segments.timezone: '${timezone}' is not an IANA timezone (e.g. 'Europe/Stockholm')`
    )
  }
  const interval = options.segments?.refresh_interval_minutes ?? 60
  if (!Number.isInteger(interval) || interval < 1) {
    throw new Error(
      "customerLoyalty option segments.refresh_interval_minutes must be a whole number of at least 1"
    )
  }
  return {
    timezone,
    refresh_interval_minutes: interval,
    marketing_consent_key: marketingConsentKey(options),
  }
}
