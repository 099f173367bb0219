import {
  EarnRuleTargetType,
  LoyaltyCustomer,
  LoyaltyEntryStatus,
  LoyaltyEntryType,
  RewardKind,
  TierBasis,
} from "./types"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const ENTRY_TYPES: {
  value: LoyaltyEntryType
  label: string
  color: BadgeColor
}[] = [
  { value: "earn", label: "Earned", color: "green" },
  { value: "redeem", label: "Redeemed", color: "blue" },
  { value: "adjust", label: "Adjusted", color: "purple" },
  { value: "expire", label: "Expired", color: "orange" },
  { value: "reverse", label: "Reversed", color: "red" },
  { value: "close", label: "Closed", color: "grey" },
  { value: "transfer", label: "Transferred", color: "grey" },
]

export const entryTypeOf = (type: LoyaltyEntryType) =>
  ENTRY_TYPES.find((entry) => entry.value === type) ?? {
    value: type,
    label: type,
    color: "grey" as const,
  }

export const ENTRY_STATUSES: { value: LoyaltyEntryStatus; label: string }[] = [
  { value: "pending", label: "Pending" },
  { value: "available", label: "Available" },
]

const pointsFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })

export const formatPoints = (points: number) => pointsFormat.format(points)

/** "+250" or "−100": a change to a balance, with its sign. */
export const formatPointsChange = (points: number) =>
  points > 0
    ? `+${pointsFormat.format(points)}`
    : points < 0
      ? `−${pointsFormat.format(-points)}`
      : "0"

/** Points added in green, points taken in red, as on the paper customer card. */
export const pointsColorClass = (points: number) =>
  points > 0 ? "text-ui-tag-green-text" : points < 0 ? "text-ui-tag-red-text" : "text-ui-fg-subtle"

export const customerName = (customer: LoyaltyCustomer | null | undefined) => {
  if (!customer) {
    return "Unknown customer"
  }
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.email || customer.id
}

export const TIER_BASES: { value: TierBasis; label: string; description: string }[] = [
  {
    value: "lifetime",
    label: "Lifetime points",
    description: "Every point the member has ever earned.",
  },
  {
    value: "rolling_12_months",
    label: "Last 12 months",
    description: "Points earned in the last 12 months, so a tier can be lost again.",
  },
]

export const tierBasisLabel = (basis: TierBasis) =>
  TIER_BASES.find((entry) => entry.value === basis)?.label ?? basis

export const REWARD_KINDS: { value: RewardKind; label: string; description: string }[] = [
  {
    value: "promotion_code",
    label: "Promotion code",
    description: "A single-use discount code for the amount.",
  },
  {
    value: "gift_card",
    label: "Gift card",
    description:
      "A gift card for the amount, spent at checkout. Delivered by Medusa's loyalty plugin; a store without it does not offer this reward.",
  },
  {
    value: "store_credit",
    label: "Store credit",
    description:
      "The amount added to the member's store credit. Delivered by Medusa's loyalty plugin; a store without it does not offer this reward.",
  },
]

export const rewardKindLabel = (kind: RewardKind) =>
  REWARD_KINDS.find((entry) => entry.value === kind)?.label ?? kind

export const EARN_RULE_TARGETS: { value: EarnRuleTargetType; label: string }[] = [
  { value: "all", label: "All purchases" },
  { value: "product", label: "Product" },
  { value: "variant", label: "Product variant" },
  { value: "collection", label: "Collection" },
  { value: "category", label: "Category" },
  { value: "service", label: "Bookable service" },
]

export const targetTypeLabel = (type: EarnRuleTargetType) =>
  EARN_RULE_TARGETS.find((entry) => entry.value === type)?.label ?? type

export const formatMoney = (amount: number | string, currencyCode: string) => {
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(Number(amount))
  } catch {
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

/** A local calendar date as the API's YYYY-MM-DD (not shifted to UTC). */
export const toDateParam = (date: Date) => {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export const fromDateParam = (value: string | undefined) => {
  if (!value) {
    return null
  }
  const [year, month, day] = value.split("-").map(Number)
  return new Date(year, month - 1, day)
}

const SOURCE_LABELS: Record<string, string> = {
  order: "Order",
  booking: "Booking",
  manual: "By staff",
  redemption: "Reward",
  system: "Program",
  transfer: "Household transfer",
}

/** The entry's own description, or where it came from when it has none. */
export const entryDescription = (entry: {
  description: string | null
  source: string
  source_id: string | null
}) =>
  entry.description?.trim() ||
  [SOURCE_LABELS[entry.source] ?? entry.source, entry.source_id].filter(Boolean).join(" ")
