import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createLoyaltyRewardWorkflow } from "../../../../workflows/loyalty-config"
import { formatReward, refetchLoyaltyRecord } from "../helpers"
import { AdminCreateLoyaltyRewardType } from "../validators"
import { listPage } from "../../../utils/list-page"
import type {
  AdminLoyaltyRewardListResponse,
  AdminLoyaltyRewardResponse,
  Served,
} from "../../../../types/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminLoyaltyRewardListResponse>>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "loyalty_reward",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: {
      ...req.queryConfig.pagination,
      // Cheapest first unless asked otherwise (the pagination carries an
      // `order` key even when none was asked for, so it goes after it).
      order: req.queryConfig.pagination.order ?? { points_cost: "ASC", id: "ASC" },
    },
  })
  res.json(listPage("rewards", data.map(formatReward), metadata))
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateLoyaltyRewardType>,
  res: MedusaResponse<Served<AdminLoyaltyRewardResponse>>
) => {
  const { result } = await createLoyaltyRewardWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  const reward = await refetchLoyaltyRecord(
    req.scope,
    "loyalty_reward",
    result.id,
    req.queryConfig.fields
  )
  res.status(201).json({ reward: formatReward(reward) })
}
