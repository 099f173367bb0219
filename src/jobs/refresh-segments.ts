import { MedusaContainer } from "@medusajs/framework/types"
import { refreshDueSegments } from "../workflows/segments"

/**
 * Every minute, refreshes the segments whose interval
 * (`segments.refresh_interval_minutes`, default 60) has passed. The schedule
 * is fixed at load time, so the interval is applied here instead.
 */
export default async function refreshSegmentsJob(container: MedusaContainer) {
  await refreshDueSegments(container)
}

export const config = {
  name: "customer-loyalty-refresh-segments",
  schedule: "* * * * *",
}
