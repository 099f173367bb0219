import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { rebuildOrderFacts } from "../../helpers/order-facts"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { createOrder, loyaltyOf } from "../loyalty-ledger/fixtures"

const DAY = 24 * 60 * 60 * 1000

/** `YYYY-MM-DD` of a day `days` ago (UTC, the default segment timezone). */
export const dayAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10)

/**
 * Moves an order (or a customer) back in time, as if made `days` ago. An
 * order's facts are rebuilt after: no event reports a raw UPDATE, and
 * segments and purchase rules read the facts.
 */
export async function backdate(
  container: MedusaContainer,
  table: "order" | "customer",
  id: string,
  days: number
) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.raw(`UPDATE "${table}" SET created_at = ? WHERE id = ?`, [
    new Date(Date.now() - days * DAY),
    id,
  ])
  if (table === "order") {
    await rebuildOrderFacts(container)
  }
}

/** A small catalogue: Espresso in the Coffee collection, Green tea in Drinks › Tea. */
export async function createCatalog(container: MedusaContainer) {
  const products = container.resolve(Modules.PRODUCT)
  const coffee = await products.createProductCollections({ title: "Coffee", handle: "coffee" })
  const drinks = await products.createProductCategories({ name: "Drinks", handle: "drinks" })
  const tea = await products.createProductCategories({
    name: "Tea",
    handle: "tea",
    parent_category_id: drinks.id,
  })
  const [espresso, greenTea] = await products.createProducts([
    {
      title: "Espresso",
      status: "published",
      collection_id: coffee.id,
      options: [{ title: "Size", values: ["S"] }],
      variants: [{ title: "Espresso S", options: { Size: "S" }, manage_inventory: false }],
    },
    {
      title: "Green tea",
      status: "published",
      category_ids: [tea.id],
      options: [{ title: "Size", values: ["S"] }],
      variants: [{ title: "Green tea S", options: { Size: "S" }, manage_inventory: false }],
    },
  ])
  return {
    coffee,
    drinks,
    tea,
    espresso: { id: espresso.id, variant_id: espresso.variants[0].id },
    greenTea: { id: greenTea.id, variant_id: greenTea.variants[0].id },
  }
}

export type SegmentWorld = Awaited<ReturnType<typeof createSegmentWorld>>

/**
 * Five customers who differ in every way a segment can tell:
 * - ada@shop.se: account, consent, metadata tier=gold; two SEK orders today
 *   (600 with 2 × Espresso, 700);
 * - bob@corp.com: one SEK order of 200 (Green tea) 400 days ago;
 * - cy@shop.se: one EUR order of 100 today;
 * - dee@corp.com: no orders, customer for two years, in "Wholesale", flagged VIP;
 * - eve@shop.se: no orders, 500 points available, 1,500 lifetime, tier Gold.
 */
export async function createSegmentWorld(
  container: MedusaContainer,
  api: MedusaSuiteOptions["api"],
  admin: { headers: Record<string, string> }
) {
  const catalog = await createCatalog(container)
  const customerModule = container.resolve(Modules.CUSTOMER)
  const [ada, bob, cy, dee, eve] = await customerModule.createCustomers([
    {
      email: "ada@shop.se",
      first_name: "Ada",
      has_account: true,
      metadata: { marketing_consent: true, tier: "gold" },
    },
    { email: "bob@corp.com", first_name: "Bob" },
    { email: "cy@shop.se", first_name: "Cy" },
    { email: "dee@corp.com", first_name: "Dee" },
    { email: "eve@shop.se", first_name: "Eve", metadata: { marketing_consent: false } },
  ])

  await createOrder(container, {
    customer_id: ada.id,
    items: [
      {
        quantity: 2,
        unit_price: 300,
        product_id: catalog.espresso.id,
        variant_id: catalog.espresso.variant_id,
      },
    ],
  })
  await createOrder(container, { customer_id: ada.id, items: [{ quantity: 1, unit_price: 700 }] })
  const bobsOrder = await createOrder(container, {
    customer_id: bob.id,
    items: [
      {
        quantity: 1,
        unit_price: 200,
        product_id: catalog.greenTea.id,
        variant_id: catalog.greenTea.variant_id,
      },
    ],
  })
  await backdate(container, "order", bobsOrder.id, 400)
  await createOrder(container, {
    customer_id: cy.id,
    currency_code: "eur",
    items: [{ quantity: 1, unit_price: 100 }],
  })
  // Every order's facts, whether or not its `order.placed` was handled yet.
  await rebuildOrderFacts(container)

  await backdate(container, "customer", dee.id, 730)
  const [wholesale] = await customerModule.createCustomerGroups([{ name: "Wholesale" }])
  await customerModule.addCustomerToGroup({ customer_id: dee.id, customer_group_id: wholesale.id })
  const vip = (
    await api.post(
      "/admin/customer-flags",
      { name: "VIP", abbreviation: "VIP", icon: "Star", color: "#7C3AED" },
      admin
    )
  ).data.customer_flag
  await api.post(`/admin/customers/${dee.id}/flags`, { flag_id: vip.id }, admin)

  const loyalty = loyaltyOf(container)
  const [gold] = await loyalty.createLoyaltyTiers([
    { name: "Gold", min_points: 1000, basis: "lifetime", rank: 1 },
  ])
  const { account_id } = await loyalty.ensureLoyaltyAccount(eve.id)
  await loyalty.updateLoyaltyAccounts({
    id: account_id,
    points_available: 500,
    points_lifetime: 1500,
    tier_id: gold.id,
  })

  return { catalog, customers: { ada, bob, cy, dee, eve }, wholesale, vip, gold }
}
