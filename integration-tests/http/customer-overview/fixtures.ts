import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_INSIGHTS_MODULE } from "../../../src/modules/customer-insights"
import type CustomerInsightsModuleService from "../../../src/modules/customer-insights/service"
import { rebuildOrderFactsWorkflow } from "../../../src/workflows/customer-insights/order-facts"
import { AuthHeaders } from "../../helpers/auth"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { createSegmentWorld } from "../segments/fixtures"

export const insightsOf = (container: MedusaContainer) =>
  container.resolve<CustomerInsightsModuleService>(CUSTOMER_INSIGHTS_MODULE)

/** Makes SEK the store's default currency (EUR supported too). */
export async function useStoreCurrencies(container: MedusaContainer) {
  const stores = container.resolve(Modules.STORE)
  const currencies = [
    { currency_code: "sek", is_default: true },
    { currency_code: "eur", is_default: false },
  ]
  const [store] = await stores.listStores({}, { take: 1 })
  if (store) {
    await stores.updateStores(store.id, { supported_currencies: currencies })
  } else {
    await stores.createStores({ name: "Test store", supported_currencies: currencies })
  }
}

export type OverviewWorld = Awaited<ReturnType<typeof createOverviewWorld>>

/**
 * The segments' five customers (see createSegmentWorld), with what the
 * overview shows besides:
 * - ada@shop.se "Ada Lovelace": account, consent; SEK 600 + 700 today;
 *   in the segment "Big spenders" (SEK ≥ 1,000);
 * - bob@corp.com: SEK 200 400 days ago; company "Corp & Co";
 * - cy@shop.se: EUR 100 today;
 * - dee@corp.com: no orders, customer for two years, flag VIP;
 * - eve@shop.se: no orders, 500 points, tier Gold.
 * The store's default currency is SEK, and the order facts and sales
 * figures are rebuilt from the orders (as `db:migrate` does on install).
 */
export async function createOverviewWorld(
  container: MedusaContainer,
  api: MedusaSuiteOptions["api"],
  admin: AuthHeaders
) {
  await useStoreCurrencies(container)
  const world = await createSegmentWorld(container, api, admin)
  const { ada, bob } = world.customers
  await container.resolve(Modules.CUSTOMER).updateCustomers(ada.id, { last_name: "Lovelace" })
  await insightsOf(container).createCustomerBusinessProfiles({
    customer_id: bob.id,
    company: "Corp & Co",
  })

  const segment = (
    await api.post(
      "/admin/segments",
      {
        name: "Big spenders",
        rules: { all: [{ field: "total_spent", op: "gte", value: 1000, currency_code: "sek" }] },
      },
      admin
    )
  ).data.segment
  await api.post(`/admin/segments/${segment.id}/refresh`, {}, admin)

  await rebuildOrderFactsWorkflow(container).run()
  return { ...world, segment }
}

/** The emails of a list answer, in order. */
export const emails = (customers: { email: string }[]) => customers.map((c) => c.email)
