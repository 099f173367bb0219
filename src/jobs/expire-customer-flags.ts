import { MedusaContainer } from "@medusajs/framework/types"
import { expireCustomerFlagAssignmentsWorkflow } from "../workflows/customer-flags"

export default async function expireCustomerFlagsJob(container: MedusaContainer) {
  await expireCustomerFlagAssignmentsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "customer-loyalty-expire-customer-flags",
  schedule: "*/15 * * * *",
}
