import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { TierRow } from "./types"

export const validateLoyaltyTierStepId = "validate-loyalty-tier"

type TierFacts = Pick<TierRow, "name" | "min_points" | "basis" | "rank">

const BASIS_LABEL: Record<TierRow["basis"], string> = {
  lifetime: "lifetime points",
  rolling_12_months: "points of the last 12 months",
}

/**
 * A tier, as created or as an update would leave it, must fit among the
 * others:
 * - its name is free (its customer group, "Tier: <name>", would clash);
 * - on the same basis, a higher rank needs more points. A member is put on
 *   the highest-ranked tier they reach, so a tier that ranks above another
 *   but needs no more points than it would leave that one unreachable.
 *   Tiers on different bases count different points and are not compared.
 */
export const validateLoyaltyTierStep = createStep(
  validateLoyaltyTierStepId,
  async (input: { id?: string } & Partial<TierFacts>, { container }) => {
    const others = await loyaltyService(container).listLoyaltyTiers(
      {},
      { select: ["id", "name", "min_points", "basis", "rank"], take: null }
    )
    const stored = input.id ? others.find((tier) => tier.id === input.id) : undefined
    if (input.id && !stored) {
      return // the update's own lookup answers with a 404
    }
    const tier = { ...stored, ...input } as TierFacts
    const rest = others.filter((other) => other.id !== input.id)

    const sameName = rest.find(
      (other) => other.name.trim().toLowerCase() === tier.name.trim().toLowerCase()
    )
    if (input.name !== undefined && sameName) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A loyalty tier named '${sameName.name}' already exists`
      )
    }

    // The bounds are the neediest tier ranked below and the least needy one above.
    const sameBasis = rest.filter((other) => other.basis === tier.basis)
    const below = sameBasis
      .filter((other) => other.rank < tier.rank)
      .sort((a, b) => b.min_points - a.min_points)[0]
    const above = sameBasis
      .filter((other) => other.rank > tier.rank)
      .sort((a, b) => a.min_points - b.min_points)[0]
    const pointsOf = (other: TierFacts) =>
      `${other.name}'s ${other.min_points} ${BASIS_LABEL[tier.basis]}`
    if (below && below.min_points >= tier.min_points) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'min_points' must be more than ${pointsOf(below)}: ${below.name} ranks below this tier (rank ${below.rank} < ${tier.rank}) and would be out of reach`
      )
    }
    if (above && above.min_points <= tier.min_points) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'min_points' must be less than ${pointsOf(above)}: ${above.name} ranks above this tier (rank ${above.rank} > ${tier.rank}), so this tier would be out of reach`
      )
    }
  }
)
