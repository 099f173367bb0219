import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteLoyaltyTiersWorkflow,
  updateLoyaltyTierWorkflow,
} from "../../../../../workflows/loyalty-config"
import { withConflictMessage } from "../../../../utils/conflict-error"
import { formatTier, refetchLoyaltyRecord } from "../../helpers"
import { AdminUpdateLoyaltyTierType } from "../../validators"
import type {
  AdminLoyaltyTierDeleteResponse,
  AdminLoyaltyTierResponse,
  Served,
} from "../../../../../types/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminLoyaltyTierResponse>>
) => {
  const tier = await refetchLoyaltyRecord(
    req.scope,
    "loyalty_tier",
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ tier: formatTier(tier) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateLoyaltyTierType>,
  res: MedusaResponse<Served<AdminLoyaltyTierResponse>>
) => {
  await refetchLoyaltyRecord(req.scope, "loyalty_tier", req.params.id, ["id"])
  await withConflictMessage(() =>
    updateLoyaltyTierWorkflow(req.scope).run({
      input: { id: req.params.id, update: req.validatedBody },
    })
  )
  const tier = await refetchLoyaltyRecord(
    req.scope,
    "loyalty_tier",
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ tier: formatTier(tier) })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminLoyaltyTierDeleteResponse>
) => {
  await refetchLoyaltyRecord(req.scope, "loyalty_tier", req.params.id, ["id"])
  await deleteLoyaltyTiersWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "loyalty_tier", deleted: true })
}
