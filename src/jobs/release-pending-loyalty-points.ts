import { MedusaContainer } from "@medusajs/framework/types"
import { releasePendingPointsWorkflow } from "../workflows/loyalty"

export default async function releasePendingLoyaltyPointsJob(
  container: MedusaContainer
) {
  await releasePendingPointsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "customer-loyalty-release-pending-points",
  schedule: "*/15 * * * *",
}
