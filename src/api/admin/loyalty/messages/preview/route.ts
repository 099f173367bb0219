import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { renderLoyaltyMessage } from "../../../../../modules/customer-loyalty"
import { loadMemberMessageData } from "../../../../../utils/loyalty-message-data"
import { AdminPreviewLoyaltyMessageType } from "../validators"

/**
 * The template rendered with a real member's values (their latest points
 * change stands in for the one the message would announce). Writes nothing.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewLoyaltyMessageType>,
  res: MedusaResponse
) => {
  const { template, customer_id } = req.validatedBody
  const member = await loadMemberMessageData(req.scope, { customer_id })
  if (!member) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id '${customer_id}' was not found`
    )
  }
  res.json(renderLoyaltyMessage(template, member.variables))
}
