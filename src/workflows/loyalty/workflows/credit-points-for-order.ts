import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../../../modules/customer-loyalty"
import {
  creditPointsStep,
  ensureLoyaltyAccountStep,
  getOrderPointsStep,
  recomputeTiersStep,
} from "../steps"
import { entryEvents } from "./emit-ledger-events"

export type CreditPointsForOrderWorkflowInput = { order_id: string }

export const creditPointsForOrderWorkflowId = "credit-loyalty-points-for-order"

/**
 * Credits the points an order earns to its customer's membership (created
 * on first earn), with the multiplier of the tier the member is on, pending until the settings' pending days have passed.
 * The entry's key is the order's, so a redelivered `order.placed` credits once.
 *
 * @example
 * await creditPointsForOrderWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const creditPointsForOrderWorkflow = createWorkflow(
  creditPointsForOrderWorkflowId,
  (input: CreditPointsForOrderWorkflowInput) => {
    const order = getOrderPointsStep(input)

    const posted = when({ order }, ({ order }) => {
      return !!order.customer_id && order.points > 0
    }).then(() => {
      const account = ensureLoyaltyAccountStep({
        customer_id: order.customer_id as unknown as string,
      })
      const creditInput = transform({ order, account }, ({ order, account }) => ({
        account_id: account.account_id,
        customer_id: order.customer_id,
        type: "earn" as const,
        points: order.points,
        available_at: order.available_at,
        expires_at: order.expires_at,
        source: "order" as const,
        source_id: order.order_id,
        idempotency_key: `order:${order.order_id}:earn`,
        description: order.display_id ? `Order #${order.display_id}` : "Order",
        metadata: {
          lines: order.lines,
          counted_amount: order.counted_amount,
          ...(order.tier ? { tier_id: order.tier.id, tier_multiplier: order.tier_multiplier } : {}),
        },
      }))
      const posted = creditPointsStep(creditInput)
      const tierChanges = recomputeTiersStep({
        account_ids: transform({ account }, ({ account }) => [account.account_id]),
      })

      const credited = transform({ posted }, ({ posted }) => entryEvents([posted]))
      emitEventStep({ eventName: LoyaltyEvents.POINTS_CREDITED, data: credited })
      emitEventStep({
        eventName: LoyaltyEvents.TIER_CHANGED,
        data: tierChanges,
      }).config({ name: "emit-tier-changed" })
      return posted
    })

    const result = transform({ posted }, ({ posted }) => posted ?? null)
    return new WorkflowResponse(result)
  }
)
