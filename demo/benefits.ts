import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerBenefitWorkflow, setProductSaleStartWorkflow } from "../src/workflows"
import { CUSTOMER_LOYALTY_MODULE } from "../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../src/modules/customer-loyalty/service"

const DAY = 24 * 60 * 60 * 1000

/**
 * Benefits for the demo store: the Carmen gala goes on sale to everyone in
 * two weeks, VIPs may buy two tickets now; VIPs get 15% off The
 * Nutcracker (four tickets in all) and an invitation to a members'
 * evening; Gold members get 10% off Hamlet. Shoppers see these titles, and
 * a flag's name is for staff only, so no title repeats it.
 */
export async function seedBenefits(container: MedusaContainer) {
  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const [vip] = await loyalty.listCustomerFlags({ name: "VIP" }, { select: ["id"] })
  const [gold] = await loyalty.listLoyaltyTiers({ name: "Gold" }, { select: ["id"] })
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts(
      { title: ["Opera gala: Carmen", "The Nutcracker", "Hamlet"] },
      { select: ["id", "title"] }
    )
  const product = (title: string) => products.find((p) => p.title === title)!.id

  await setProductSaleStartWorkflow(container).run({
    input: {
      product_id: product("Opera gala: Carmen"),
      public_sale_starts_at: new Date(Date.now() + 14 * DAY),
    },
  })
  const benefits = [
    {
      flag_id: vip.id,
      kind: "early_access" as const,
      title: "Presale: Carmen",
      description: "Book up to two seats before the public sale opens.",
      product_ids: [product("Opera gala: Carmen")],
      early_access_from: new Date(Date.now() - DAY),
      max_quantity: 2,
      quantity_scope: "per_product" as const,
    },
    {
      flag_id: vip.id,
      kind: "discount" as const,
      title: "Patron price: The Nutcracker",
      description: "15% off, up to four tickets.",
      product_ids: [product("The Nutcracker")],
      discount_type: "percentage" as const,
      discount_value: 15,
      max_quantity: 4,
      quantity_scope: "total" as const,
    },
    {
      flag_id: vip.id,
      kind: "offer_link" as const,
      title: "Members' evening",
      description: "Drinks and a backstage tour before the Carmen premiere.",
      url: "https://example.com/members-evening",
      code: "CARMEN-EVENING",
    },
    {
      tier_id: gold.id,
      kind: "discount" as const,
      title: "Gold price: Hamlet",
      description: "10% off every Hamlet ticket.",
      product_ids: [product("Hamlet")],
      discount_type: "percentage" as const,
      discount_value: 10,
    },
  ]
  for (const benefit of benefits) {
    await createCustomerBenefitWorkflow(container).run({ input: benefit })
  }
}
