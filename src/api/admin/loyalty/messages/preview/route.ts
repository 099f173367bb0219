import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  exampleMessageVariables,
  renderLoyaltyMessage,
} from "../../../../../modules/customer-loyalty"
import { loadMemberMessageData } from "../../../../../utils/loyalty-message-data"
import { AdminPreviewLoyaltyMessageType } from "../validators"
import type { AdminLoyaltyMessagePreviewResponse } from "../../../../../types/http"

/** The entries each message announces: their latest stands in for the one a message would. */
const ANNOUNCED_TYPES = { points_credited: ["earn"], points_adjusted: ["adjust"] } as const

/**
 * The template rendered with a real member's values; their latest points
 * change of the kind the message announces (an earning for "points
 * credited", an adjustment for "points adjusted", either without `kind`)
 * stands in for the one it would. When they have none, the variable list's
 * example points and description are used and `example_change` says so.
 * Writes nothing.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewLoyaltyMessageType>,
  res: MedusaResponse<AdminLoyaltyMessagePreviewResponse>
) => {
  const { template, customer_id, kind, locale } = req.validatedBody
  const member = await loadMemberMessageData(req.scope, {
    customer_id,
    change_types: kind
      ? ANNOUNCED_TYPES[kind]
      : [...ANNOUNCED_TYPES.points_credited, ...ANNOUNCED_TYPES.points_adjusted],
  })
  if (!member) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id '${customer_id}' was not found`
    )
  }
  const example = exampleMessageVariables()
  const variables = member.has_change
    ? member.variables
    : { ...member.variables, points: example.points, description: example.description }
  res.json({
    ...renderLoyaltyMessage(template, variables, locale),
    example_change: !member.has_change,
  })
}
