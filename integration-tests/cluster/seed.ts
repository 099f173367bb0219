/**
 * The shop the cluster test orders in, made with Medusa's own workflows and
 * the plugin's module: a sales channel with a publishable key, a SEK region
 * paying through Medusa's system provider, one ticket at 100 kr (no shipping,
 * no inventory), a loyalty program of 1 point per krona with 14 pending days,
 * and a 300-point reward. Run by `integration-tests/cluster/run.js` through
 * `medusa exec`; writes what the test needs as JSON to the path it is given.
 */
import fs from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { CUSTOMER_LOYALTY_MODULE } from "../../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../src/modules/customer-loyalty/service"

export const TICKET_PRICE = 100
export const REWARD_COST = 300

export default async function seedClusterShop({ container, args }: ExecArgs) {
  const [outputPath] = args
  if (!outputPath) {
    throw new Error("Usage: medusa exec ./integration-tests/cluster/seed.ts <output.json>")
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Webshop" }] },
  })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Webshop storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [channel.id] },
  })
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
  const {
    result: [ticket],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Concert ticket",
          status: "published",
          sales_channels: [{ id: channel.id }],
          options: [{ title: "Seat", values: ["Stalls"] }],
          variants: [
            {
              title: "Stalls",
              options: { Seat: "Stalls" },
              manage_inventory: false,
              prices: [{ amount: TICKET_PRICE, currency_code: "sek" }],
            },
          ],
        },
      ],
    },
  })

  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  await loyalty.updateProgramSettings({
    points_per_currency: { sek: 1 },
    pending_days: 14,
    min_redeem: 0,
  })
  const [reward] = await loyalty.createLoyaltyRewards([
    {
      name: "50 kr off",
      points_cost: REWARD_COST,
      kind: "promotion_code",
      amount: 50,
      currency_code: "sek",
    },
  ])

  // The region's payment provider link is made by the workflow; check it so
  // a broken seed fails here and not as 200 failed checkouts.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { id: region.id },
  })
  if (
    !regions[0]?.payment_providers?.some(
      (p: { id: string } | null) => p?.id === "pp_system_default"
    )
  ) {
    throw new Error("The region has no system payment provider")
  }

  const world = {
    publishable_key: key.token,
    region_id: region.id,
    variant_id: ticket.variants[0].id,
    reward_id: reward.id,
    ticket_price: TICKET_PRICE,
    reward_cost: REWARD_COST,
  }
  fs.writeFileSync(outputPath, JSON.stringify(world, null, 2))
  logger.info(`Cluster test shop seeded: ${outputPath}`)
}
