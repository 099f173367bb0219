import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { createAdminUser, createStoreCustomer, createStorefrontChannel } from "../../helpers/auth"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"

const DAY = 24 * 60 * 60 * 1000

/**
 * A Nordic box office where prices include tax (SEK and EUR), a Swedish
 * region (25 % moms) and a European one (Germany 19 %, Finland 25.5 %),
 * and a points program: 1 point per SEK, 10 per EUR, a running double-points
 * campaign on the gala, an ended ×5 campaign, 15 extra points per ballet
 * ticket, and a Gold tier (from 100 points) that earns ×1.5.
 *
 * Vera is Gold (200 points); Noah is logged in without a membership.
 */
export async function createPointsWorld(
  container: MedusaContainer,
  api: MedusaSuiteOptions["api"]
) {
  const admin = await createAdminUser(container)
  const storefront = await createStorefrontChannel(container, "Box office")
  const otherChannel = await createStorefrontChannel(container, "Wholesale")

  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [
          { currency_code: "sek", is_default: true, is_tax_inclusive: true },
          { currency_code: "eur", is_tax_inclusive: true },
        ],
      },
    },
  })
  const {
    result: [sweden, europe],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Sweden",
          currency_code: "sek",
          countries: ["se"],
          payment_providers: ["pp_system_default"],
        },
        {
          name: "Europe",
          currency_code: "eur",
          countries: ["de", "fi"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [
      { country_code: "se", rate: 25 },
      { country_code: "de", rate: 19 },
      { country_code: "fi", rate: 25.5 },
    ].map(({ country_code, rate }) => ({
      country_code,
      provider_id: "tp_system",
      default_tax_rate: { rate, name: "VAT", code: `${country_code.toUpperCase()}-VAT` },
    })),
  })

  const ticket = (
    title: string,
    prices: { amount: number; currency_code: string }[],
    extra: Record<string, unknown> = {}
  ) => ({
    title,
    status: "published" as const,
    sales_channels: [{ id: storefront.sales_channel_id }],
    options: [{ title: "Seat", values: ["Stalls"] }],
    variants: [
      { title: `${title} — Stalls`, options: { Seat: "Stalls" }, manage_inventory: false, prices },
    ],
    ...extra,
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        // 625 SEK with 25 % moms is 500 SEK before tax; 59.50 EUR with 19 % is 50 EUR.
        ticket("Opera Gala", [
          { amount: 625, currency_code: "sek" },
          { amount: 59.5, currency_code: "eur" },
        ]),
        ticket("Ballet Night", [{ amount: 250, currency_code: "sek" }]),
        ticket("Dress Rehearsal", [{ amount: 100, currency_code: "sek" }], { status: "draft" }),
        ticket("Trade Fair", [{ amount: 100, currency_code: "sek" }], {
          sales_channels: [{ id: otherChannel.sales_channel_id }],
        }),
      ],
    },
  })
  const [gala, ballet, rehearsal, tradeFair] = products.map((p) => ({
    id: p.id,
    variant_id: p.variants[0].id,
  }))

  await api.post("/admin/loyalty/settings", { points_per_currency: { sek: 1, eur: 10 } }, admin)
  const now = Date.now()
  await api.post(
    "/admin/loyalty/earn-rules",
    {
      name: "Gala double points",
      target: { type: "product", id: gala.id },
      multiplier: 2,
      starts_at: new Date(now - DAY).toISOString(),
      ends_at: new Date(now + DAY).toISOString(),
    },
    admin
  )
  await api.post(
    "/admin/loyalty/earn-rules",
    {
      name: "Last week's ×5",
      target: { type: "all" },
      multiplier: 5,
      starts_at: new Date(now - 8 * DAY).toISOString(),
      ends_at: new Date(now - DAY).toISOString(),
    },
    admin
  )
  await api.post(
    "/admin/loyalty/earn-rules",
    {
      name: "Ballet bonus",
      target: { type: "variant", id: ballet.variant_id },
      points_per_item: 15,
    },
    admin
  )
  const gold = (
    await api.post(
      "/admin/loyalty/tiers",
      { name: "Gold", min_points: 100, rank: 1, points_multiplier: 1.5 },
      admin
    )
  ).data.tier

  const vera = await createStoreCustomer(container, storefront.token, "vera@example.com")
  const noah = await createStoreCustomer(container, storefront.token, "noah@example.com")
  await api.post(
    `/admin/customers/${vera.customer.id}/loyalty/adjustments`,
    { points: 200, description: "Welcome to Gold" },
    admin
  )

  return {
    admin,
    publishableKey: storefront.token,
    anonymous: { headers: { "x-publishable-api-key": storefront.token } },
    sweden,
    europe,
    gala,
    ballet,
    rehearsal,
    tradeFair,
    gold,
    vera,
    noah,
  }
}

export type PointsWorld = Awaited<ReturnType<typeof createPointsWorld>>

/** A Swedish address: the cart gets its tax lines (moms) from it. */
export const SWEDISH_ADDRESS = {
  first_name: "Vera",
  last_name: "Lind",
  address_1: "Drottninggatan 1",
  city: "Stockholm",
  postal_code: "111 51",
  country_code: "se",
}
