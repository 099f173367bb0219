import type { BigNumberInput, BigNumberValue, MedusaContainer } from "@medusajs/framework/types"
import {
  BigNumber,
  ContainerRegistrationKeys,
  getLineItemTotals,
  MathBN,
} from "@medusajs/framework/utils"
import { calculatePoints, PointsCalculation, PointsItem } from "../../../modules/customer-loyalty"
import { loyaltyService } from "../steps/resolve-service"

/**
 * A purchase line as orders and carts hold it (and as a preview builds it
 * from a variant's price): enough to know what it counts and which earn
 * rules match it.
 */
export type PointsLineItem = {
  id: string
  quantity: BigNumberInput
  unit_price: BigNumberInput
  is_tax_inclusive?: boolean | null
  tax_lines?: ({ rate: BigNumberInput } | null)[] | null
  adjustments?: ({ amount: BigNumberInput; is_tax_inclusive?: boolean | null } | null)[] | null
  product_id?: string | null
  variant_id?: string | null
  product?: {
    collection_id?: string | null
    categories?: ({ id: string } | null)[] | null
  } | null
}

/** The query fields a `PointsLineItem` needs, under a relation (`items`). */
export const pointsLineItemFields = (relation: string) =>
  [
    "id",
    "quantity",
    "unit_price",
    "is_tax_inclusive",
    "product_id",
    "variant_id",
    "tax_lines.rate",
    "adjustments.amount",
    "adjustments.is_tax_inclusive",
    "product.collection_id",
    "product.categories.id",
  ].map((field) => `${relation}.${field}`)

type TotalsInput = Parameters<typeof getLineItemTotals>[0]

/**
 * A line's amount after discounts, without tax: Medusa's own line totals
 * (query does not compute them), total less tax.
 */
export function countedAmount(item: PointsLineItem) {
  const totals = getLineItemTotals(
    {
      id: item.id,
      unit_price: new BigNumber(item.unit_price),
      quantity: new BigNumber(item.quantity),
      is_tax_inclusive: !!item.is_tax_inclusive,
      // As the line holds them: amounts typed wider (BigNumberInput) than
      // Medusa's input type says.
      tax_lines: (item.tax_lines ?? []).filter(Boolean) as TotalsInput["tax_lines"],
      adjustments: (item.adjustments ?? []).filter(Boolean) as TotalsInput["adjustments"],
    },
    { includeTax: true }
  )
  return MathBN.sub(totals.total, totals.tax_total)
}

export function toPointsItem(item: PointsLineItem): PointsItem {
  return {
    id: item.id,
    quantity: Number(item.quantity),
    amount: countedAmount(item),
    product_id: item.product_id ?? null,
    variant_id: item.variant_id ?? null,
    collection_id: item.product?.collection_id ?? null,
    category_ids: (item.product?.categories ?? []).flatMap((c) => (c ? [c.id] : [])),
  }
}

/** The tier a customer's active membership is on, with its multiplier. */
export type EarningTier = { id: string; name: string; points_multiplier: string }

type MemberRow = { account?: { status: string; tier_id: string | null } | null }
type TierRow = { id: string; name: string; points_multiplier: BigNumberValue | null }

export async function retrieveEarningTier(
  container: MedusaContainer,
  customerId: string | null | undefined
): Promise<EarningTier | null> {
  if (!customerId) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members }: { data: MemberRow[] } = await query.graph({
    entity: "loyalty_account_member",
    fields: ["account.status", "account.tier_id"],
    filters: { customer_id: customerId },
  })
  const account = members[0]?.account
  if (!account?.tier_id || account.status !== "active") {
    return null
  }
  const {
    data: [tier],
  }: { data: TierRow[] } = await query.graph({
    entity: "loyalty_tier",
    fields: ["id", "name", "points_multiplier"],
    filters: { id: account.tier_id },
  })
  if (!tier) {
    return null
  }
  return {
    id: tier.id,
    name: tier.name,
    points_multiplier: MathBN.convert(tier.points_multiplier ?? 1).toString(),
  }
}

export type PurchasePoints = PointsCalculation & {
  tier: EarningTier | null
  /** The amount that counts: the items after discounts, without tax and shipping. */
  counted_amount: string
}

/**
 * What a purchase earns, for the customer buying it, under the settings,
 * earn rules and campaigns in force at `at` and the customer's tier now.
 * The one calculation behind the credit on `order.placed`, the cart's
 * points and the product preview, so they cannot disagree.
 */
export async function calculatePurchasePoints(
  container: MedusaContainer,
  input: {
    items: PointsLineItem[]
    currency_code: string
    customer_id: string | null | undefined
    at: Date
  }
): Promise<PurchasePoints> {
  const service = loyaltyService(container)
  const [settings, rules, tier] = await Promise.all([
    service.retrieveProgramSettings(),
    service.listLoyaltyEarnRules({ is_active: true }),
    retrieveEarningTier(container, input.customer_id),
  ])
  const items = input.items.map(toPointsItem)
  const calculation = calculatePoints({
    items,
    rate: settings.points_per_currency[input.currency_code.toLowerCase()],
    rules,
    at: input.at,
    tier_multiplier: tier?.points_multiplier,
  })
  return {
    ...calculation,
    tier,
    counted_amount: MathBN.sum(...items.map((i) => i.amount), 0).toString(),
  }
}
