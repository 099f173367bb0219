import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BENEFIT_FIELDS } from "./query-config"

export async function refetchBenefit(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [benefit],
  } = await query.graph({ entity: "customer_benefit", fields: BENEFIT_FIELDS, filters: { id } })
  if (!benefit) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Benefit with id: ${id} was not found`)
  }
  return benefit
}
