import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"
import {
  calculatePurchasePoints,
  PointsLineItem,
  pointsLineItemFields,
} from "../../workflows/loyalty/utils/purchase-points"
import { formatEarningTier, formatPointsLine } from "./points-format"
import { listStoreRewards, StoreReward } from "./store-rewards"
import { RegionCountries, taxCountryOfRegion, taxRatesByLine } from "./tax-rates"
import { graphRows } from "../../utils/graph-rows"
import type { StoreCartLoyalty } from "../../types/http"

const notFound = (cartId: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)

/**
 * What a cart will earn when it is completed (its items as they are priced
 * and discounted now, the cart customer's tier) and, for its own logged-in
 * customer, their balance and the rewards they can redeem with it now.
 *
 * Like Medusa's own cart routes, a cart without a registered customer is
 * read by its id alone. A registered customer's cart is theirs only: anyone
 * else, logged in or not, is told it does not exist.
 */
export async function retrieveCartLoyalty(
  scope: MedusaContainer,
  cartId: string,
  requesterId: string | null | undefined
): Promise<StoreCartLoyalty> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "customer_id",
      "customer.has_account",
      "shipping_address.country_code",
      "region.countries.iso_2",
      "items.product_type_id",
      ...pointsLineItemFields("items"),
    ],
    filters: { id: cartId },
  })
  const [cart] = graphRows<CartRow>(data)
  if (!cart) {
    throw notFound(cartId)
  }
  const owner = cart.customer_id ?? null
  const isOwner = !!requesterId && owner === requesterId
  const othersCart = owner && !isOwner && (requesterId || cart.customer?.has_account)
  if (othersCart) {
    throw notFound(cartId)
  }

  const { items, estimate } = await withTaxLines(scope, cart)
  const points = await calculatePurchasePoints(scope, {
    items,
    currency_code: cart.currency_code,
    customer_id: owner,
    at: new Date(),
  })
  const byId = new Map(items.map((item) => [item.id, item]))
  const { balance, affordable_rewards } = isOwner
    ? await spendable(scope, owner)
    : { balance: null, affordable_rewards: [] }

  return {
    cart_id: cart.id,
    currency_code: cart.currency_code,
    points: points.points,
    counted_amount: Number(points.counted_amount),
    lines: points.lines.map((line) => ({
      item_id: line.item_id,
      // Every points line is one of the cart's items.
      ...formatPointsLine(line, byId.get(line.item_id)!),
    })),
    tier: formatEarningTier(points.tier),
    is_estimate: estimate,
    balance,
    affordable_rewards,
  }
}

type CartItemRow = PointsLineItem & { product_type_id?: string | null }

type CartRow = {
  id: string
  currency_code: string
  customer_id: string | null
  customer?: { has_account: boolean } | null
  shipping_address?: { country_code: string | null } | null
  region?: RegionCountries | null
  items?: (CartItemRow | null)[] | null
}

/**
 * The cart's items, where a price includes tax but the cart has no tax
 * lines yet (no address): the tax of the address's country or, without
 * one, of the region's (see taxCountryOfRegion), as the cart will hold it
 * once it has an address.
 */
async function withTaxLines(scope: MedusaContainer, cart: CartRow) {
  const items = (cart.items ?? []).filter((item): item is CartItemRow => !!item)
  const untaxed = items.filter(
    (item) => item.is_tax_inclusive && !(item.tax_lines ?? []).filter(Boolean).length
  )
  if (!untaxed.length) {
    return { items, estimate: false }
  }
  const { country_code: country, estimate } = cart.shipping_address?.country_code
    ? { country_code: cart.shipping_address.country_code as string, estimate: false }
    : await taxCountryOfRegion(scope, cart.region)
  if (!country) {
    return { items, estimate: false }
  }
  const rates = await taxRatesByLine(
    scope,
    untaxed.map((item) => ({
      id: item.id,
      product_id: item.product_id ?? null,
      product_type_id: item.product_type_id,
      quantity: Number(item.quantity),
      unit_price: Number(item.unit_price),
    })),
    cart.currency_code,
    country.toLowerCase()
  )
  return {
    items: items.map((item) =>
      rates.has(item.id) ? { ...item, tax_lines: rates.get(item.id) } : item
    ),
    estimate,
  }
}

/** The member's balance and the rewards its available points pay for now. */
async function spendable(scope: MedusaContainer, customerId: string) {
  const loyalty = scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const [member] = await loyalty.listLoyaltyAccountMembers(
    { customer_id: customerId },
    { relations: ["account"] }
  )
  const account = member?.account
  if (!account) {
    return { balance: null, affordable_rewards: [] as StoreReward[] }
  }
  const balance = {
    available: account.points_available,
    pending: account.points_pending,
    lifetime: account.points_lifetime,
  }
  const settings = await loyalty.retrieveProgramSettings()
  // The same bar as a redemption: an active membership, the minimum to
  // redeem, and the reward's cost.
  const canRedeem = account.status === "active" && account.points_available >= settings.min_redeem
  const affordable_rewards = canRedeem
    ? (await listStoreRewards(scope)).filter(
        (reward) => reward.points_cost <= account.points_available
      )
    : []
  return { balance, affordable_rewards }
}
