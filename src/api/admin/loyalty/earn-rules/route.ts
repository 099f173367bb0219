import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createLoyaltyEarnRuleWorkflow } from "../../../../workflows/loyalty-config"
import { formatEarnRule, refetchLoyaltyRecord, targetColumns } from "../helpers"
import { AdminCreateLoyaltyEarnRuleType } from "../validators"
import { listPage } from "../../../utils/list-page"
import type {
  AdminLoyaltyEarnRuleListResponse,
  AdminLoyaltyEarnRuleResponse,
  Served,
} from "../../../../types/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminLoyaltyEarnRuleListResponse>>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "loyalty_earn_rule",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination.order ?? { created_at: "DESC", id: "DESC" },
    },
  })
  res.json(listPage("earn_rules", data.map(formatEarnRule), metadata))
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateLoyaltyEarnRuleType>,
  res: MedusaResponse<Served<AdminLoyaltyEarnRuleResponse>>
) => {
  const { target, starts_at, ends_at, ...body } = req.validatedBody
  const { result } = await createLoyaltyEarnRuleWorkflow(req.scope).run({
    input: {
      ...body,
      ...targetColumns(target),
      points_per_item: body.points_per_item ?? null,
      multiplier: body.multiplier ?? null,
      starts_at: starts_at ? new Date(starts_at) : null,
      ends_at: ends_at ? new Date(ends_at) : null,
    },
  })
  const rule = await refetchLoyaltyRecord(
    req.scope,
    "loyalty_earn_rule",
    result.id,
    req.queryConfig.fields
  )
  res.status(201).json({ earn_rule: formatEarnRule(rule) })
}
