import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { Modules } from "@medusajs/framework/utils"
import {
  assignCustomerFlagsWorkflow,
  createCustomerFlagsWorkflow,
} from "../../../src/workflows/customer-flags"
import { createPublishableKey, createStoreCustomer } from "../../helpers/auth"
import { createCustomerBenefitWorkflow } from "../../../src/workflows/benefits"
import { cartWith, completeCart, createCheckoutWorld } from "../benefits/checkout-fixtures"
import { storeResponses } from "../../helpers/store-responses"

// Distinctive strings: none of them may appear in any store response.
const SECRETS = {
  name: "Quietly Blocked Zebra",
  // I, L, O and U are not in the ULID alphabet, so no id can contain it by chance.
  abbreviation: "QUIL",
  description: "Internal: refunds abused in 2025",
  note: "Do not sell front-row seats",
}

/**
 * Flags are internal. A logged-in shopper who has a flag must not be able to
 * learn its name, abbreviation, description or note from any store route,
 * even when asking for extra fields.
 */
export function storeFlagLeakTests({ api, getContainer }: MedusaSuiteOptions) {
  it("no store response reveals the shopper's flags", async () => {
    const container = getContainer()
    const publishableKey = await createPublishableKey(container)
    const shopper = await createStoreCustomer(container, publishableKey)
    const region = await container
      .resolve(Modules.REGION)
      .createRegions({ name: "Sweden", currency_code: "sek", countries: ["se"] })

    const { result: flags } = await createCustomerFlagsWorkflow(container).run({
      input: {
        flags: [
          {
            name: SECRETS.name,
            abbreviation: SECRETS.abbreviation,
            icon: "ExclamationCircle",
            color: "#E11D48",
            description: SECRETS.description,
          },
        ],
      },
    })
    // The flag gives an offer: the offer shows, the flag must not.
    await createCustomerBenefitWorkflow(container).run({
      input: { flag_id: flags[0].id, kind: "offer_link", title: "Early bird", code: "EARLY" },
    })
    await assignCustomerFlagsWorkflow(container).run({
      input: {
        assignments: [
          { flag_id: flags[0].id, customer_id: shopper.customer.id, note: SECRETS.note },
        ],
      },
    })

    const cart = (await api.post("/store/carts", { region_id: region.id }, shopper)).data.cart

    const paths = [
      "/store/customers/me",
      "/store/customers/me?fields=*groups",
      "/store/customers/me?fields=+groups.name",
      "/store/customers/me?fields=*orders",
      "/store/customers/me?fields=+metadata",
      "/store/customers/me/addresses",
      "/store/customers/me/offers",
      "/store/customers/me/loyalty",
      "/store/orders",
      "/store/products",
      "/store/regions",
      "/store/collections",
      "/store/product-categories",
      `/store/carts/${cart.id}`,
      `/store/carts/${cart.id}?fields=*customer,*customer.groups`,
      `/store/carts/${cart.id}?fields=+customer.groups.name`,
      `/store/carts/${cart.id}/loyalty`,
    ]

    const everything = await storeResponses(api, shopper, paths, [cart])
    // The shopper was really logged in and got their own data.
    expect(everything).toContain(shopper.customer.id)
    expect(everything).toContain("shopper@example.com")
    expect(everything).toContain("Early bird")
    for (const secret of [...Object.values(SECRETS), "Flag: "]) {
      expect(everything).not.toContain(secret)
    }
  })

  it("no product, cart, order or offer response reveals the flag behind a discount or an early access", async () => {
    const container = getContainer()
    const world = await createCheckoutWorld(container, api)
    const HOUR = 60 * 60 * 1000
    await api.post(
      "/admin/benefits",
      {
        flag_id: world.vip.id,
        kind: "discount",
        title: "Patron price",
        product_ids: [world.gala.id],
        discount_type: "percentage",
        discount_value: 10,
      },
      world.admin
    )
    await api.post(
      "/admin/benefits",
      {
        flag_id: world.vip.id,
        kind: "early_access",
        title: "Presale",
        product_ids: [world.ballet.id],
        early_access_from: new Date(Date.now() - HOUR).toISOString(),
      },
      world.admin
    )
    await api.post(
      `/admin/products/${world.ballet.id}/sale-start`,
      { public_sale_starts_at: new Date(Date.now() + 24 * HOUR).toISOString() },
      world.admin
    )
    await world.giveFlag(world.vera)
    const cartId = await cartWith(api, world, world.vera, [
      { variant_id: world.gala.variant_id, quantity: 1 },
      { variant_id: world.ballet.variant_id, quantity: 1 },
    ])
    const cartBefore = (
      await api.get(`/store/carts/${cartId}?fields=*promotions,*items.adjustments`, world.vera)
    ).data
    const order = (await completeCart(api, cartId, world.vera)).data.order

    const paths = [
      "/store/products",
      `/store/products/${world.gala.id}`,
      `/store/products/${world.ballet.id}`,
      `/store/products/${world.ballet.id}?fields=*variants.calculated_price`,
      `/store/carts/${cartId}`,
      `/store/carts/${cartId}/loyalty`,
      `/store/loyalty/preview?variant_id=${world.gala.variant_id}`,
      "/store/customers/me/offers",
      "/store/orders",
      `/store/orders/${order.id}`,
      `/store/orders/${order.id}?fields=*items.adjustments,*promotions`,
    ]
    const everything = await storeResponses(api, world.vera, paths, [cartBefore, order])
    expect(everything).toContain("Patron price")
    expect(everything).toContain("early_access")
    for (const secret of ["VIP Patron", "Top donors", "Flag: ", world.vip.id]) {
      expect(everything).not.toContain(secret)
    }
  })
}
