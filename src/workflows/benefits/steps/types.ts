import { LoyaltyServiceInput } from "../../loyalty/steps/resolve-service"
import { BenefitShape } from "../benefit-rules"
import type { BenefitQuantityScope } from "../../../modules/customer-loyalty/constants"

export type BenefitOwner = { flag_id?: string | null; tier_id?: string | null }

/** A benefit as created: its owner, its kind's fields (see `BenefitShape`) and how it reads. */
export type BenefitData = BenefitOwner &
  BenefitShape & {
    title: string
    description?: string | null
    quantity_scope?: BenefitQuantityScope
    is_active?: boolean
    metadata?: Record<string, unknown> | null
  }

/**
 * A benefit as the module service is given it. Medusa's generated input type
 * says Date for the dates and an object for the JSON id lists; the service
 * takes the ISO strings the API validated (MikroORM reads them) and the
 * lists as they are.
 */
export const asBenefitInput = (data: Partial<BenefitData>) =>
  data as unknown as LoyaltyServiceInput<"createCustomerBenefits">
