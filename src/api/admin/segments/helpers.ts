import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"
import type { SegmentRules } from "../../../segments/types"
import type { AdminSegment, Served } from "../../../types/http"

/** A segment as `query.graph` reads it (the fields asked for). */
export type CustomerSegmentRow = Omit<Served<AdminSegment>, "rules" | "timezone"> & {
  /** JSON column: the rules as the validators accepted them. */
  rules: unknown
}

/** The timezone segment dates are read in, stated with every segment. */
export const segmentTimezone = (scope: MedusaContainer) =>
  scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE).getSegmentSettings().timezone

export const formatSegment = (
  segment: CustomerSegmentRow,
  timezone: string
): Served<AdminSegment> => ({
  // `rules` keeps its place: the key is the row's, only its type is named.
  ...segment,
  rules: segment.rules as SegmentRules,
  timezone,
})

export async function refetchSegment(
  scope: MedusaContainer,
  id: string,
  fields: string[]
): Promise<Served<AdminSegment>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [segment],
  } = await query.graph({
    entity: "customer_segment",
    fields,
    filters: { id },
  })
  if (!segment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Segment with id: ${id} was not found`)
  }
  return formatSegment(segment, segmentTimezone(scope))
}
