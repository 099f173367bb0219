import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../modules/customer-loyalty"
import { benefitRemaining, remainingFor } from "../../modules/customer-loyalty/benefits"
import type { HeldBenefit } from "../../modules/customer-loyalty/benefits/types"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"
import { isWebAddress } from "../../utils/web-address"
import type { AdminCustomerBenefitsResponse, Served } from "../../types/http"
import { listStoreRewards } from "./store-rewards"
import { BENEFIT_KINDS } from "../../modules/customer-loyalty/constants"

type Source = { type: "flag" | "tier"; id: string; name: string }

/**
 * What a customer may use now, for staff at the box office: the benefits
 * of the flags they hold and of their membership's tier (active, within
 * their dates), each with its source and what is left of its limits, and
 * the rewards this store can deliver, with whether the member's available
 * points pay for each.
 */
export async function listCustomerBenefitsForStaff(
  scope: MedusaContainer,
  customerId: string
): Promise<Served<AdminCustomerBenefitsResponse>> {
  const loyalty = scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const now = new Date()
  const held = await loyalty.listHeldBenefits(customerId, [...BENEFIT_KINDS], now)
  const used = await loyalty.listCountedBenefitUsage(
    customerId,
    held.filter((b) => b.kind !== "offer_link").map((b) => b.id),
    now
  )
  const sources = await sourcesOf(loyalty, held)
  const products = await productsOf(scope, held)

  const benefits = held.flatMap((benefit) => {
    const owner = benefit.flag_id ?? benefit.tier_id
    const source = owner ? sources.get(owner) : undefined
    if (!source) {
      return []
    }
    const productIds = [
      ...(benefit.product_ids ?? []),
      ...(benefit.variant_ids ?? []).map((id: string) => products.byVariant.get(id)),
    ].filter((id, index, all): id is string => !!id && all.indexOf(id) === index)
    const limited = benefit.kind !== "offer_link"
    return [
      {
        id: benefit.id,
        kind: benefit.kind,
        title: benefit.title,
        description: benefit.description,
        source,
        product_ids: productIds,
        products: productIds.map((id) => ({
          id,
          title: products.titles.get(id) ?? null,
          remaining: limited ? remainingFor(benefit, used, id) : null,
        })),
        remaining: benefitRemaining(benefit, used, productIds),
        limits: limited
          ? {
              max_products: benefit.max_products,
              max_quantity: benefit.max_quantity,
              quantity_scope: benefit.quantity_scope,
            }
          : null,
        discount:
          // A discount always has its type (the workflow checks it).
          benefit.kind === "discount" && benefit.discount_type
            ? {
                type: benefit.discount_type,
                value: Number(benefit.discount_value),
                currency_code: benefit.currency_code,
              }
            : null,
        url: isWebAddress(benefit.url) ? benefit.url : null,
        code: benefit.code,
        starts_at: benefit.starts_at,
        ends_at: benefit.ends_at,
        early_access_from: benefit.kind === "early_access" ? benefit.early_access_from : null,
      },
    ]
  })

  const points_available = await availablePoints(loyalty, customerId)
  const settings = await loyalty.retrieveProgramSettings()
  const rewards = (await listStoreRewards(scope)).map((reward) => ({
    id: reward.id,
    name: reward.name,
    description: reward.description,
    kind: reward.kind,
    amount: reward.amount,
    currency_code: reward.currency_code,
    points_cost: reward.points_cost,
    affordable: points_available >= reward.points_cost && points_available >= settings.min_redeem,
  }))
  return { benefits, rewards, points_available }
}

/** The flag or tier each benefit comes from (deleted ones give nothing). */
async function sourcesOf(
  loyalty: CustomerLoyaltyModuleService,
  held: (HeldBenefit & { flag_id?: string | null; tier_id?: string | null })[]
) {
  const flagIds = [...new Set(held.flatMap((b) => (b.flag_id ? [b.flag_id] : [])))]
  const tierIds = [...new Set(held.flatMap((b) => (b.tier_id ? [b.tier_id] : [])))]
  const sources = new Map<string, Source>()
  if (flagIds.length) {
    const flags = await loyalty.listCustomerFlags({ id: flagIds }, { select: ["id", "name"] })
    flags.forEach((f) => sources.set(f.id, { type: "flag", id: f.id, name: f.name }))
  }
  if (tierIds.length) {
    const tiers = await loyalty.listLoyaltyTiers({ id: tierIds }, { select: ["id", "name"] })
    tiers.forEach((t) => sources.set(t.id, { type: "tier", id: t.id, name: t.name }))
  }
  return sources
}

/** The products the benefits name (directly or through variants), with their titles. */
async function productsOf(
  scope: MedusaContainer,
  held: { product_ids: string[] | null; variant_ids: string[] | null }[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = [...new Set(held.flatMap((b) => b.variant_ids ?? []))]
  const byVariant = new Map<string, string>()
  if (variantIds.length) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id"],
      filters: { id: variantIds },
    })
    // A variant always belongs to a product (the generated types allow none).
    data.forEach((v: { id: string; product_id: string | null }) =>
      byVariant.set(v.id, v.product_id as string)
    )
  }
  const productIds = [
    ...new Set([...held.flatMap((b) => b.product_ids ?? []), ...byVariant.values()]),
  ]
  const titles = new Map<string, string>()
  if (productIds.length) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title"],
      filters: { id: productIds },
    })
    data.forEach((p: { id: string; title: string }) => titles.set(p.id, p.title))
  }
  return { byVariant, titles }
}

/** The member's available points; none without an active membership. */
async function availablePoints(
  loyalty: CustomerLoyaltyModuleService,
  customerId: string
): Promise<number> {
  const [member] = await loyalty.listLoyaltyAccountMembers(
    { customer_id: customerId },
    { relations: ["account"] }
  )
  return member?.account?.status === "active" ? member.account.points_available : 0
}
