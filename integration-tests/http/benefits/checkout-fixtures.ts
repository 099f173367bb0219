import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductsWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdminUser, createStoreCustomer, createStorefrontChannel } from "../../helpers/auth"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"

export type StoreHeaders = { headers: Record<string, string> }

/**
 * A shop to check out in: a sales channel with a publishable key, a SEK
 * region paying through Medusa's system provider, two published products
 * that need no shipping (tickets: no shipping profile, no inventory), an
 * admin, a VIP flag and two logged-in shoppers (Vera gets the flag in the
 * tests that need it, Noah never has it).
 */
export async function createCheckoutWorld(
  container: MedusaContainer,
  api: MedusaSuiteOptions["api"]
) {
  const admin = await createAdminUser(container)
  const storefront = await createStorefrontChannel(container, "Box office")
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Sweden",
          currency_code: "sek",
          countries: ["se"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: ["Opera Gala", "Ballet Night"].map((title) => ({
        title,
        status: "published" as const,
        sales_channels: [{ id: storefront.sales_channel_id }],
        options: [{ title: "Seat", values: ["Stalls"] }],
        variants: [
          {
            title: `${title} — Stalls`,
            options: { Seat: "Stalls" },
            manage_inventory: false,
            prices: [{ amount: 500, currency_code: "sek" }],
          },
        ],
      })),
    },
  })
  const [gala, ballet] = products.map((p) => ({
    id: p.id,
    title: p.title,
    variant_id: p.variants[0].id,
  }))

  const vip = (
    await api.post(
      "/admin/customer-flags",
      {
        name: "VIP Patron",
        abbreviation: "VIP",
        icon: "Star",
        color: "#7C3AED",
        description: "Top donors",
      },
      admin
    )
  ).data.customer_flag
  const vera = await createStoreCustomer(container, storefront.token, "vera@example.com")
  const noah = await createStoreCustomer(container, storefront.token, "noah@example.com")

  const giveFlag = (shopper: { customer: { id: string } }) =>
    api.post(`/admin/customers/${shopper.customer.id}/flags`, { flag_id: vip.id }, admin)

  return {
    admin,
    region,
    gala,
    ballet,
    vip,
    vera,
    noah,
    giveFlag,
    publishableKey: storefront.token,
  }
}

export type CheckoutWorld = Awaited<ReturnType<typeof createCheckoutWorld>>

/** A new cart for the shopper with the given items added one call each. */
export async function cartWith(
  api: MedusaSuiteOptions["api"],
  world: CheckoutWorld,
  shopper: StoreHeaders,
  items: { variant_id: string; quantity: number }[]
) {
  const cart = (await api.post("/store/carts", { region_id: world.region.id }, shopper)).data.cart
  for (const item of items) {
    await api.post(`/store/carts/${cart.id}/line-items`, item, shopper)
  }
  return cart.id as string
}

/** Opens a payment session with the system provider for the cart. */
export async function payForCart(
  api: MedusaSuiteOptions["api"],
  cartId: string,
  shopper: StoreHeaders
) {
  const collection = (await api.post("/store/payment-collections", { cart_id: cartId }, shopper))
    .data.payment_collection
  await api.post(
    `/store/payment-collections/${collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    shopper
  )
}

/** Pays with the system provider and completes; resolves to the response (or rejects with the 4xx). */
export async function completeCart(
  api: MedusaSuiteOptions["api"],
  cartId: string,
  shopper: StoreHeaders
) {
  await payForCart(api, cartId, shopper)
  return await api.post(`/store/carts/${cartId}/complete`, {}, shopper)
}

/** Rows of benefit usage (for checks on what was counted). */
export async function usageRows(
  container: MedusaContainer,
  filter: { customer_id?: string; order_id?: string }
) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return await pg("customer_benefit_usage")
    .where(filter)
    .whereNull("deleted_at")
    .select("benefit_id", "product_id", "quantity", "order_id", "cart_id", "released_at")
}

/** Waits for a subscriber's work (the event bus runs them after the request). */
export { eventually } from "../../helpers/eventually"
