import type { StoreLoyaltyPreview } from "medusa-plugin-customer-loyalty/client"
import { loyalty } from "../lib/medusa"
import { pointsLabel } from "../lib/format"
import { useSession } from "../lib/session"
import { useResource } from "../lib/use-resource"

/**
 * The points preview of `quantity` of a variant for this shopper: a signed-in
 * member's tier and member prices count, so it is asked again on sign-in
 * and sign-out.
 */
export function usePointsPreview(variantId: string | null, regionId: string | null, quantity = 1) {
  const { customer } = useSession()
  return useResource(
    async () =>
      variantId && regionId
        ? (await loyalty.preview({ variant_id: variantId, quantity, region_id: regionId })).preview
        : null,
    [variantId, quantity, regionId, customer?.id]
  )
}

type Props = {
  variantId: string
  regionId: string
  quantity?: number
  /** "card": a compact pill; "detail": with the tier bonus spelled out. */
  variant?: "card" | "detail"
  prefix?: string
}

/** "Earn 495 points": what buying the variant would earn this shopper. */
export function PointsPreview({
  variantId,
  regionId,
  quantity = 1,
  variant = "card",
  prefix = "Earn",
}: Props) {
  const { data, error } = usePointsPreview(variantId, regionId, quantity)
  if (error) return null
  return <PointsPill preview={data ?? undefined} variant={variant} prefix={prefix} />
}

type PillProps = {
  /** Undefined while loading. */
  preview: StoreLoyaltyPreview | undefined
  variant?: "card" | "detail"
  prefix?: string
}

export function PointsPill({ preview, variant = "card", prefix = "Earn" }: PillProps) {
  if (!preview) return <span className="points-pill points-pill--loading" aria-hidden="true" />

  const { points, tier } = preview
  const bonus = tier && Number(tier.points_multiplier) > 1 ? tier : null
  return (
    <span
      className={`points-pill points-pill--${variant}`}
      data-testid="points-preview"
      data-points={points}
      data-quantity={preview.quantity}
    >
      <StarIcon />
      <span>
        {prefix} {pointsLabel(points)}
        {variant === "detail" && bonus && (
          <span className="points-pill__note">
            {" "}
            · includes your {bonus.name} bonus ×{bonus.points_multiplier}
          </span>
        )}
      </span>
    </span>
  )
}

export function StarIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="14" height="14" aria-hidden="true">
      <path
        fill="currentColor"
        d="M10 1.8l2.4 5.2 5.6.6-4.2 3.8 1.2 5.6L10 14.2 5 17l1.2-5.6L2 7.6l5.6-.6z"
      />
    </svg>
  )
}
