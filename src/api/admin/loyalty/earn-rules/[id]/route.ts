import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteLoyaltyEarnRulesWorkflow,
  updateLoyaltyEarnRuleWorkflow,
} from "../../../../../workflows/loyalty-config"
import { formatEarnRule, refetchLoyaltyRecord, targetColumns } from "../../helpers"
import { AdminUpdateLoyaltyEarnRuleType } from "../../validators"
import type {
  AdminLoyaltyEarnRuleDeleteResponse,
  AdminLoyaltyEarnRuleResponse,
  Served,
} from "../../../../../types/http"

const dateOrNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value ? new Date(value) : null

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminLoyaltyEarnRuleResponse>>
) => {
  const rule = await refetchLoyaltyRecord(
    req.scope,
    "loyalty_earn_rule",
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ earn_rule: formatEarnRule(rule) })
}

/** A partial update; the rule must still have exactly one of its two kinds. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateLoyaltyEarnRuleType>,
  res: MedusaResponse<Served<AdminLoyaltyEarnRuleResponse>>
) => {
  await refetchLoyaltyRecord(req.scope, "loyalty_earn_rule", req.params.id, ["id"])
  const { target, starts_at, ends_at, ...body } = req.validatedBody
  const update = Object.fromEntries(
    Object.entries({
      ...body,
      ...(target ? targetColumns(target) : {}),
      starts_at: dateOrNull(starts_at),
      ends_at: dateOrNull(ends_at),
    }).filter(([, value]) => value !== undefined)
  )
  await updateLoyaltyEarnRuleWorkflow(req.scope).run({
    input: { id: req.params.id, update },
  })
  const rule = await refetchLoyaltyRecord(
    req.scope,
    "loyalty_earn_rule",
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ earn_rule: formatEarnRule(rule) })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminLoyaltyEarnRuleDeleteResponse>
) => {
  await refetchLoyaltyRecord(req.scope, "loyalty_earn_rule", req.params.id, ["id"])
  await deleteLoyaltyEarnRulesWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "loyalty_earn_rule", deleted: true })
}
