import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { previewVariantPoints } from "../../../utils/points-preview"
import { StoreGetLoyaltyPreviewParamsType } from "../validators"
import type { StoreLoyaltyPreviewResponse } from "../../../../types/http"

/**
 * The points buying a variant would earn, worked out as the credit on
 * `order.placed` works them out. Anonymous shoppers get it too; a logged-in
 * customer's price lists and tier count.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StoreLoyaltyPreviewResponse>
) => {
  const params = req.validatedQuery as StoreGetLoyaltyPreviewParamsType
  const preview = await previewVariantPoints(req.scope, {
    ...params,
    customer_id: req.auth_context?.actor_id,
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids,
  })
  res.json({ preview })
}
