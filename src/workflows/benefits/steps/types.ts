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
