import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminB2BProfile, Served } from "../../../../../types/http"

export const B2B_PROFILE_FIELDS = [
  "id",
  "customer_id",
  "company",
  "organisation_number",
  "website",
  "allowed_outstanding_amount",
  "currency_code",
  "max_payment_days",
  "risk_rating",
  "metadata",
  "created_at",
  "updated_at",
]

/** The customer's B2B profile, or null when they have none. */
export async function fetchB2BProfile(
  scope: MedusaContainer,
  customerId: string
): Promise<Served<AdminB2BProfile> | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer_business_profile",
    fields: B2B_PROFILE_FIELDS,
    filters: { customer_id: customerId },
  })
  return data[0] ?? null
}
