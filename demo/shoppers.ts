import type { CreateOrderDTO, IAuthModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import {
  assignCustomerFlagsWorkflow,
  creditPointsForOrderWorkflow,
  expirePointsWorkflow,
  redeemRewardWorkflow,
  releasePendingPointsWorkflow,
} from "../src/workflows"
import { CUSTOMER_LOYALTY_MODULE } from "../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../src/modules/customer-loyalty/service"
import { graphRows } from "../src/utils/graph-rows"
import { registerEmailPassLogin } from "./email-pass-login"

const DAY_MS = 24 * 60 * 60 * 1000

/** Both shoppers sign in to the storefront with this password. */
export const DEMO_SHOPPER_PASSWORD = "supersecret"

type Purchase = { days_ago: number; items: { sku: string; quantity: number }[] }

type DemoShopper = {
  first_name: string
  last_name: string
  email: string
  vip: boolean
  address: { address_1: string; city: string; postal_code: string }
  purchases: Purchase[]
  /** A reward taken before today, so the history shows points used. */
  redeemed?: string
}

/**
 * Two shoppers who sign in to the demo storefront (keep the emails in step
 * with scripts/demo-storefront.js): Selma, a Silver member with a history of
 * earned, used, expired and pending points; Henrik, one of the VIPs, who
 * may book the Carmen presale.
 */
export const DEMO_SHOPPERS: DemoShopper[] = [
  {
    first_name: "Selma",
    last_name: "Falk",
    email: "selma.falk@example.com",
    vip: false,
    address: { address_1: "Rörstrandsgatan 12", city: "Stockholm", postal_code: "113 40" },
    purchases: [
      { days_ago: 400, items: [{ sku: "HAMLET-STALLS", quantity: 2 }] },
      {
        days_ago: 200,
        items: [
          { sku: "NUTCRACKER-STALLS", quantity: 2 },
          { sku: "TOTE-NATURAL", quantity: 1 },
        ],
      },
      {
        days_ago: 90,
        items: [
          { sku: "JAZZ-STANDING", quantity: 2 },
          { sku: "VINYL-JAZZ", quantity: 1 },
        ],
      },
      { days_ago: 40, items: [{ sku: "MIDSUMMER-STALLS", quantity: 2 }] },
      { days_ago: 5, items: [{ sku: "QUARTET-STALLS", quantity: 2 }] },
    ],
    redeemed: "50 kr off your next order",
  },
  {
    first_name: "Henrik",
    last_name: "Sjöberg",
    email: "henrik.sjoberg@example.com",
    vip: true,
    address: { address_1: "Strandvägen 7", city: "Stockholm", postal_code: "114 56" },
    purchases: [
      { days_ago: 300, items: [{ sku: "PASS-PREMIUM", quantity: 1 }] },
      {
        days_ago: 120,
        items: [
          { sku: "CARMEN-BOX", quantity: 2 },
          { sku: "INTERVAL-PLATTER", quantity: 2 },
        ],
      },
      { days_ago: 30, items: [{ sku: "NUTCRACKER-BOX", quantity: 2 }] },
    ],
  },
]

/** The fields of a product variant `seedShoppers` asks for. */
type DemoVariant = {
  id: string
  sku: string | null
  product: { title: string }
  prices: { amount: number; currency_code: string }[]
}

/**
 * Creates the demo shoppers with a password, their past web-shop orders in
 * SEK with the points those earned (released and expired as time would
 * have), and the VIP flag for the VIP. Run after the loyalty program and
 * the flags exist.
 */
export async function seedShoppers(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const auth = container.resolve(Modules.AUTH)
  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)

  const [sweden] = await container.resolve(Modules.REGION).listRegions({ currency_code: "sek" })
  const [webshop] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: "Webshop" })
  const [vip] = await loyalty.listCustomerFlags({ name: "VIP" }, { select: ["id"] })
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "product.title", "prices.amount", "prices.currency_code"],
  })
  const variantBySku = new Map(graphRows<DemoVariant>(variants).map((v) => [v.sku as string, v]))

  const { result: customers } = await createCustomersWorkflow(container).run({
    input: {
      customersData: DEMO_SHOPPERS.map((shopper) => ({
        first_name: shopper.first_name,
        last_name: shopper.last_name,
        email: shopper.email,
        has_account: true,
        // Both agreed to hear from the store: loyalty messages reach them.
        metadata: { [loyalty.getSegmentSettings().marketing_consent_key]: true },
        addresses: [
          {
            first_name: shopper.first_name,
            last_name: shopper.last_name,
            ...shopper.address,
            country_code: "se",
            is_default_shipping: true,
            is_default_billing: true,
          },
        ],
      })),
    },
  })

  for (const shopper of DEMO_SHOPPERS) {
    const customer = customers.find((c) => c.email === shopper.email)!
    await givePassword(auth, shopper.email, customer.id)

    const address = {
      first_name: shopper.first_name,
      last_name: shopper.last_name,
      ...shopper.address,
      country_code: "se",
    }
    for (const purchase of shopper.purchases) {
      const placedAt = new Date(Date.now() - purchase.days_ago * DAY_MS)
      const { result: order } = await createOrderWorkflow(container).run({
        input: {
          region_id: sweden.id,
          currency_code: "sek",
          sales_channel_id: webshop.id,
          customer_id: customer.id,
          email: shopper.email,
          status: purchase.days_ago > 30 ? "completed" : "pending",
          shipping_address: address,
          billing_address: address,
          items: purchase.items.map(({ sku, quantity }) => {
            const variant = variantBySku.get(sku)
            if (!variant) {
              throw new MedusaError(MedusaError.Types.NOT_FOUND, `No demo variant with SKU ${sku}`)
            }
            return {
              variant_id: variant.id,
              title: variant.product.title,
              quantity,
              unit_price: variant.prices.find((p) => p.currency_code === "sek")!.amount,
              is_tax_inclusive: true,
            }
          }),
          metadata: { demo: true },
          // As in the seed's orders: not in the input type, stored by the order module.
          created_at: placedAt,
        } as CreateOrderDTO,
      })
      await creditPointsForOrderWorkflow(container).run({ input: { order_id: order.id } })
    }
    if (shopper.vip) {
      await assignCustomerFlagsWorkflow(container).run({
        input: {
          assignments: [
            { flag_id: vip.id, customer_id: customer.id, note: "Box at every premiere." },
          ],
          source: "manual",
        },
      })
    }
  }

  await releasePendingPointsWorkflow(container).run({ input: {} })
  await expirePointsWorkflow(container).run({ input: {} })

  for (const shopper of DEMO_SHOPPERS.filter((s) => s.redeemed)) {
    const customer = customers.find((c) => c.email === shopper.email)!
    const [reward] = await loyalty.listLoyaltyRewards(
      { name: shopper.redeemed },
      { select: ["id"] }
    )
    await redeemRewardWorkflow(container).run({
      input: { customer_id: customer.id, reward_id: reward.id },
    })
  }
}

/** An email-and-password login for the customer, as the storefront's sign-up makes one. */
async function givePassword(auth: IAuthModuleService, email: string, customerId: string) {
  const authIdentityId = await registerEmailPassLogin(auth, email, DEMO_SHOPPER_PASSWORD)
  await auth.updateAuthIdentities({ id: authIdentityId, app_metadata: { customer_id: customerId } })
}
