import { StatusBadge } from "@medusajs/ui"
import { riskRatingOf } from "../lib/b2b-profile-form"
import { RiskRating } from "../lib/types"

/** Low in green, medium in orange, high in red. */
export const RiskRatingBadge = ({ rating }: { rating: RiskRating }) => {
  const { label, color } = riskRatingOf(rating)
  return (
    <StatusBadge color={color} data-testid="b2b-profile-risk-badge" data-value={rating}>
      {label}
    </StatusBadge>
  )
}
