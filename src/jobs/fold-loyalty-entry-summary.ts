import { MedusaContainer } from "@medusajs/framework/types"
import { foldLoyaltyEntrySummaryWorkflow } from "../workflows/loyalty"

/**
 * Folds the points report's logged per-day changes into its days, so a
 * report's totals read a few rows per day however busy the ledger is. The
 * totals are exact before and after; this only keeps them quick.
 */
export default async function foldLoyaltyEntrySummaryJob(container: MedusaContainer) {
  await foldLoyaltyEntrySummaryWorkflow(container).run()
}

/** Every minute; `LOYALTY_FOLD_ENTRY_SUMMARY_SCHEDULE` (a cron pattern, read at start) changes it. */
export const config = {
  name: "customer-loyalty-fold-entry-summary",
  schedule: process.env.LOYALTY_FOLD_ENTRY_SUMMARY_SCHEDULE || "* * * * *",
}
