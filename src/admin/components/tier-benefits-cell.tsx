import { Gift, Plus } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { MouseEvent } from "react"
import { useBenefits } from "../hooks/benefits"
import { LoyaltyTier } from "../lib/types"

/** How many benefit names fit in the cell before "+ n more". */
const SHOWN = 2

type TierBenefitsCellProps = {
  tier: LoyaltyTier
  /** Opens the tier's benefits (the same drawer as the row's "Benefits" action). */
  onOpen: (tier: LoyaltyTier) => void
}

const linkClass =
  "txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex max-w-[200px] items-center gap-x-1 truncate"

/**
 * The tier's benefits by name, each opening them; the same query as the
 * benefits drawer, so an edit there shows here at once.
 */
export const TierBenefitsCell = ({ tier, onOpen }: TierBenefitsCellProps) => {
  const { benefits, isPending } = useBenefits({ tier_id: tier.id })
  const open = (event: MouseEvent) => {
    // The row itself opens the tier's edit drawer.
    event.stopPropagation()
    onOpen(tier)
  }

  if (isPending) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        …
      </Text>
    )
  }
  if (!benefits?.length) {
    return (
      <button
        type="button"
        className={linkClass}
        onClick={open}
        data-testid="loyalty-tier-add-benefit"
      >
        <Plus />
        Add a benefit
      </button>
    )
  }
  const rest = benefits.length - SHOWN
  return (
    <div className="flex flex-col gap-y-0.5 py-1" data-testid="loyalty-tier-benefit-list">
      {benefits.slice(0, SHOWN).map((benefit) => (
        <button
          key={benefit.id}
          type="button"
          className={linkClass}
          title={benefit.description ?? benefit.title}
          onClick={open}
          data-testid="loyalty-tier-benefit"
        >
          <Gift className="shrink-0" />
          <span className="truncate">{benefit.title}</span>
          {!benefit.is_active && <span className="text-ui-fg-muted">(off)</span>}
        </button>
      ))}
      {rest > 0 && (
        <button type="button" className={linkClass} onClick={open}>
          + {rest} more
        </button>
      )}
    </div>
  )
}
