import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteLoyaltyRewardsWorkflow,
  updateLoyaltyRewardWorkflow,
} from "../../../../../workflows/loyalty-config"
import { formatReward, refetchLoyaltyRecord } from "../../helpers"
import { AdminUpdateLoyaltyRewardType } from "../../validators"
import type {
  AdminLoyaltyRewardDeleteResponse,
  AdminLoyaltyRewardResponse,
  Served,
} from "../../../../../types/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminLoyaltyRewardResponse>>
) => {
  const reward = await refetchLoyaltyRecord(
    req.scope,
    "loyalty_reward",
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ reward: formatReward(reward) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateLoyaltyRewardType>,
  res: MedusaResponse<Served<AdminLoyaltyRewardResponse>>
) => {
  await refetchLoyaltyRecord(req.scope, "loyalty_reward", req.params.id, ["id"])
  const { additional_data, ...update } = req.validatedBody
  await updateLoyaltyRewardWorkflow(req.scope).run({
    input: { id: req.params.id, update, additional_data },
  })
  const reward = await refetchLoyaltyRecord(
    req.scope,
    "loyalty_reward",
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ reward: formatReward(reward) })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminLoyaltyRewardDeleteResponse>
) => {
  await refetchLoyaltyRecord(req.scope, "loyalty_reward", req.params.id, ["id"])
  await deleteLoyaltyRewardsWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "loyalty_reward", deleted: true })
}
