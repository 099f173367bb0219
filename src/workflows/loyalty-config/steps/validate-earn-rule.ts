import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { EarnRuleRow } from "./types"

export type ValidateEarnRuleStepInput = {
  /** The rule being updated; absent for a new rule. */
  id?: string
  data: Partial<EarnRuleRow>
}

const TARGET_ENTITIES: Record<string, string> = {
  product: "product",
  variant: "product_variant",
  collection: "product_collection",
  category: "product_category",
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export const validateEarnRuleStepId = "validate-loyalty-earn-rule"

/**
 * Checks a rule as it will be after the write (the stored rule with the
 * update applied): exactly one of points per item and multiplier, an end
 * after the start, and a target that exists. Returns the row to write; a
 * new points_per_item clears the multiplier and the other way round.
 */
export const validateEarnRuleStep = createStep(
  validateEarnRuleStepId,
  async (input: ValidateEarnRuleStepInput, { container }) => {
    const data = { ...input.data }
    if (input.id) {
      if (data.points_per_item != null && data.multiplier === undefined) {
        data.multiplier = null
      }
      if (data.multiplier != null && data.points_per_item === undefined) {
        data.points_per_item = null
      }
    }
    const stored = input.id
      ? await loyaltyService(container).retrieveLoyaltyEarnRule(input.id)
      : undefined
    const rule = { ...(stored ?? {}), ...data } as EarnRuleRow

    if ((rule.points_per_item == null) === (rule.multiplier == null)) {
      throw invalid("Exactly one of the fields 'points_per_item' and 'multiplier' must be set")
    }
    if (
      rule.starts_at &&
      rule.ends_at &&
      new Date(rule.ends_at).getTime() <= new Date(rule.starts_at).getTime()
    ) {
      throw invalid("Field 'ends_at' must be after 'starts_at'")
    }
    if (data.target_type !== undefined || data.target_id !== undefined) {
      await assertTargetExists(container, rule.target_type, rule.target_id)
    }
    return new StepResponse(data)
  }
)

async function assertTargetExists(
  container: MedusaContainer,
  type: EarnRuleRow["target_type"],
  id: string | null
) {
  if (type === "all") {
    if (id) {
      throw invalid("Field 'target.id' must be empty when target.type is 'all'")
    }
    return
  }
  if (!id) {
    throw invalid(`Field 'target.id' is required when target.type is '${type}'`)
  }
  // A service is a bookable product or one of its variants.
  const entity =
    type === "service"
      ? id.startsWith("variant_")
        ? "product_variant"
        : "product"
      : TARGET_ENTITIES[type]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity,
    fields: ["id"],
    filters: { id },
  })
  if (!data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `The earn rule's target ${type} with id: ${id} was not found`
    )
  }
}
