import { MedusaContainer } from "@medusajs/framework/types"
import { expirePointsWorkflow } from "../workflows/loyalty"

export default async function expireLoyaltyPointsJob(container: MedusaContainer) {
  await expirePointsWorkflow(container).run({ input: {} })
}

/** Daily, at 03:10 server time. */
export const config = {
  name: "customer-loyalty-expire-points",
  schedule: "10 3 * * *",
}
