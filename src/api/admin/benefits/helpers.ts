import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminBenefit, Served } from "../../../types/http"
import { BENEFIT_FIELDS } from "./query-config"

/** A benefit as `query.graph` reads it (the fields asked for). */
export type CustomerBenefitRow = Omit<Served<AdminBenefit>, "product_ids" | "variant_ids"> & {
  /** JSON columns: the id lists the validators took. */
  product_ids: unknown
  variant_ids: unknown
}

/**
 * A benefit as the API presents it: the row as read. Only the types change:
 * the JSON id columns are the string arrays the validators stored.
 */
export const formatBenefit = (benefit: CustomerBenefitRow) => benefit as Served<AdminBenefit>

export async function refetchBenefit(
  scope: MedusaContainer,
  id: string
): Promise<Served<AdminBenefit>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [benefit],
  } = await query.graph({ entity: "customer_benefit", fields: BENEFIT_FIELDS, filters: { id } })
  if (!benefit) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Benefit with id: ${id} was not found`)
  }
  return formatBenefit(benefit)
}
