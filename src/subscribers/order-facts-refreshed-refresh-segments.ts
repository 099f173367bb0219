import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OrderFactEvents, OrderFactsRefreshedData } from "../modules/customer-insights/events"
import { parseSegmentRules, SegmentChangeKind, segmentDependsOn } from "../segments"
import { loyaltyService } from "../workflows/loyalty/steps/resolve-service"
import { refreshSegmentForCustomersWorkflow } from "../workflows/segments"

/**
 * Keeps segments that read orders in step with purchases: after the order
 * facts of some customers changed (placed, canceled, edited, returned…),
 * re-evaluates those customers in the segments whose rules read orders.
 * The periodic full refresh still runs: windows move without events.
 */
export default async function refreshSegmentsOnOrderFactsRefreshed({
  event: { data },
  container,
}: SubscriberArgs<OrderFactsRefreshedData>) {
  await refreshSegmentsForCustomers(container, {
    customer_ids: data.customer_ids ?? [],
    changed: "orders",
  })
}

export const config: SubscriberConfig = {
  event: OrderFactEvents.REFRESHED,
  context: { subscriberId: "customer-loyalty-refresh-segments-on-order-facts" },
}

export type RefreshSegmentsForCustomersInput = {
  customer_ids: string[]
  /** What changed for them: only segments whose rules read it are refreshed. */
  changed: SegmentChangeKind
}

/**
 * After a change to some customers (their orders, flags…), refreshes those
 * customers in every segment whose rules can change from it
 * (`refreshSegmentForCustomersWorkflow`, the segments side by side). The
 * dependency is read from the rules each time: segments are few, and a
 * stored copy could fall behind an edit. A segment that fails is logged and the others still
 * run; the first failure is then thrown, so that the event is delivered
 * again (the refresh is idempotent).
 */
export async function refreshSegmentsForCustomers(
  container: MedusaContainer,
  input: RefreshSegmentsForCustomersInput
) {
  const customerIds = [...new Set(input.customer_ids.filter(Boolean))]
  if (!customerIds.length) {
    return []
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const segments = await loyaltyService(container).listCustomerSegments(
    {},
    { select: ["id", "rules"], order: { id: "ASC" } }
  )
  const dependent = segments.filter(({ rules }) => {
    const parsed = parseSegmentRules(rules)
    // Rules no longer valid fail the full refresh, which reports them.
    return !parsed.errors && segmentDependsOn(parsed.rules, input.changed)
  })

  // The segments at once: each statement reads only these customers' rows,
  // and each segment has its own lock.
  const outcomes = await Promise.allSettled(
    dependent.map(({ id }) =>
      refreshSegmentForCustomersWorkflow(container).run({
        input: { segment_id: id, customer_ids: customerIds },
      })
    )
  )
  const refreshed: {
    segment_id: string
    member_count: number
    entered: string[]
    left: string[]
  }[] = []
  let failure: unknown
  outcomes.forEach((outcome, i) => {
    if (outcome.status === "fulfilled") {
      refreshed.push(outcome.value.result)
      return
    }
    if ((outcome.reason as MedusaError)?.type === MedusaError.Types.NOT_FOUND) {
      // Deleted since it was listed: nothing to keep up to date.
      return
    }
    logger.error(
      `Refreshing segment ${dependent[i].id} for ${customerIds.length} customer(s) failed: ${(outcome.reason as Error)?.message}`
    )
    failure ??= outcome.reason
  })
  if (failure) {
    throw failure
  }
  return refreshed
}
