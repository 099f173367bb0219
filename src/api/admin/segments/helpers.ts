import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"

/** The timezone segment dates are read in, stated with every segment. */
export const segmentTimezone = (scope: MedusaContainer) =>
  scope
    .resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    .getSegmentSettings().timezone

export const formatSegment = (segment: Record<string, any>, timezone: string) => ({
  ...segment,
  timezone,
})

export async function refetchSegment(
  scope: MedusaContainer,
  id: string,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [segment],
  } = await query.graph({
    entity: "customer_segment",
    fields,
    filters: { id },
  })
  if (!segment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Segment with id: ${id} was not found`
    )
  }
  return formatSegment(segment, segmentTimezone(scope))
}
