import { ExecArgs } from "@medusajs/framework/types"
import { rebuildOrderFactsWorkflow } from "../workflows/customer-insights/order-facts"

/**
 * Gives every order placed before the plugin kept them its facts, and
 * every customer sales figures read from them. Runs once, with
 * `medusa db:migrate`; running it again changes nothing.
 */
export default async function rebuildOrderFacts({ container }: ExecArgs) {
  await rebuildOrderFactsWorkflow(container).run()
}
