import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { rebuildOrderFactsWorkflow, upsertCustomerBusinessProfileWorkflow } from "../src/workflows"

const TERMS = [
  { allowed_outstanding_amount: 50000, max_payment_days: 30, risk_rating: "low" as const },
  { allowed_outstanding_amount: 20000, max_payment_days: 14, risk_rating: "medium" as const },
  { allowed_outstanding_amount: 5000, max_payment_days: 10, risk_rating: "high" as const },
]

/**
 * The customer overview's figures for the seeded orders, the shoppers'
 * included (created with createOrderWorkflow, which emits no order.placed,
 * so the order facts and the sales figures read from them are rebuilt once,
 * set-based), and a B2B profile for every customer with a company name.
 */
export async function seedCustomerInsights(container: MedusaContainer) {
  await rebuildOrderFactsWorkflow(container).run()

  const companies = (
    await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({}, { select: ["id", "company_name", "email"], take: 1000 })
  ).filter((customer) => customer.company_name)
  for (const [index, customer] of companies.entries()) {
    const slug = customer.company_name!.toLowerCase().replace(/[^a-z0-9]+/g, "")
    await upsertCustomerBusinessProfileWorkflow(container).run({
      input: {
        customer_id: customer.id,
        company: customer.company_name,
        organisation_number: `55${String(6000000 + index * 7919).slice(0, 4)}-${String(1000 + index * 37).slice(0, 4)}`,
        website: `https://www.${slug}.example`,
        currency_code: "sek",
        ...TERMS[index % TERMS.length],
      },
    })
  }
}
