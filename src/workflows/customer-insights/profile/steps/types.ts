import { RISK_RATINGS } from "../../../../modules/customer-insights"

/** A B2B profile's fields as staff set them; null clears one. */
export type BusinessProfileFields = {
  company?: string | null
  organisation_number?: string | null
  website?: string | null
  /** In the currency's main unit (1250.5 = 1,250.50 SEK), as Medusa's amounts are. */
  allowed_outstanding_amount?: number | null
  currency_code?: string | null
  max_payment_days?: number | null
  risk_rating?: (typeof RISK_RATINGS)[number] | null
  metadata?: Record<string, unknown> | null
}
