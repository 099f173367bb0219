import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createLoyaltyTierWorkflow } from "../../../../workflows/loyalty-config"
import { withConflictMessage } from "../../../utils/conflict-error"
import { formatTier, refetchLoyaltyRecord } from "../helpers"
import { AdminCreateLoyaltyTierType } from "../validators"
import type {
  AdminLoyaltyTierListResponse,
  AdminLoyaltyTierResponse,
  Served,
} from "../../../../types/http"

/** Every tier, lowest rank first (there are only ever a few). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminLoyaltyTierListResponse>>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: tiers } = await query.graph({
    entity: "loyalty_tier",
    fields: req.queryConfig.fields,
    pagination: { order: { rank: "ASC" } },
  })
  res.json({ tiers: tiers.map(formatTier) })
}

/** Creates a tier (409 when its rank is taken) and re-tiers every member. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateLoyaltyTierType>,
  res: MedusaResponse<Served<AdminLoyaltyTierResponse>>
) => {
  const { result } = await withConflictMessage(() =>
    createLoyaltyTierWorkflow(req.scope).run({ input: req.validatedBody })
  )
  const tier = await refetchLoyaltyRecord(
    req.scope,
    "loyalty_tier",
    result.id,
    req.queryConfig.fields
  )
  res.status(201).json({ tier: formatTier(tier) })
}
