import { AdditionalData } from "@medusajs/framework/types"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents, manualPointsSchedule } from "../../../modules/customer-loyalty"
import {
  creditPointsStep,
  debitPointsStep,
  ensureLoyaltyAccountStep,
  getProgramSettingsStep,
  recomputeTiersStep,
  validateAdjustmentReplayStep,
} from "../steps"
import { entryEvents } from "./emit-ledger-events"

export type AdjustPointsWorkflowInput = {
  customer_id: string
  /** Points to add (positive) or take away (negative); never zero. */
  points: number
  /** Why; shown to the customer in their history too. */
  description: string
  /** Who did it, e.g. an admin user id. */
  actor?: string | null
  /** Makes a retried request count once. */
  idempotency_key: string
} & AdditionalData

export const adjustPointsWorkflowId = "adjust-loyalty-points"

/**
 * A manual adjustment by staff. Adding points makes them available at once
 * (they expire like earned points) and raises the lifetime points; taking
 * points away may not take the available balance below zero (a conflict)
 * and lowers the lifetime points by as much, so the tier follows.
 *
 * The `pointsAdjusted` hook receives the entry, whether it is a `duplicate`
 * (a retried request: posted the first time, not again) and the input's
 * `additional_data`; a handler that throws undoes the adjustment.
 *
 * @example
 * await adjustPointsWorkflow(container).run({
 *   input: { customer_id: "cus_123", points: 250, description: "Sorry for the late delivery", idempotency_key: "adj_1" },
 * })
 */
export const adjustPointsWorkflow = createWorkflow(
  adjustPointsWorkflowId,
  (input: AdjustPointsWorkflowInput) => {
    const settings = getProgramSettingsStep()
    const account = ensureLoyaltyAccountStep({ customer_id: input.customer_id })
    const common = transform({ input, account }, ({ input, account }) => ({
      account_id: account.account_id,
      customer_id: input.customer_id,
      type: "adjust" as const,
      source: "manual" as const,
      idempotency_key: `manual:${input.idempotency_key}`,
      actor: input.actor ?? null,
      description: input.description,
    }))

    const credited = when({ input }, ({ input }) => input.points > 0).then(() =>
      creditPointsStep(
        transform({ common, input, settings }, ({ common, input, settings }) => ({
          ...common,
          points: input.points,
          expires_at: manualPointsSchedule(settings).expires_at,
        }))
      )
    )
    const debited = when({ input }, ({ input }) => input.points < 0).then(() =>
      debitPointsStep(
        transform({ common, input }, ({ common, input }) => ({
          ...common,
          points: -input.points,
          // Staff taking points away correct the count a tier reads, as
          // adding them raised it: a +10,000 typo put right by −9,900 must
          // not leave the member in a tier for good. Redemptions and expiry
          // leave it alone.
          reduce_lifetime: true,
        }))
      )
    )

    const tierChanges = recomputeTiersStep({
      account_ids: transform({ account }, ({ account }) => [account.account_id]),
    })
    const posted = transform(
      { credited, debited },
      ({ credited, debited }) => (credited ?? debited)!
    )
    validateAdjustmentReplayStep(
      transform({ posted, input }, ({ posted, input }) => ({
        posted,
        customer_id: input.customer_id,
        points: input.points,
        description: input.description,
      }))
    )
    emitEventStep({
      eventName: LoyaltyEvents.POINTS_ADJUSTED,
      data: transform({ posted }, ({ posted }) => entryEvents([posted])),
    })
    emitEventStep({
      eventName: LoyaltyEvents.TIER_CHANGED,
      data: tierChanges,
    }).config({ name: "emit-tier-changed" })

    const pointsAdjusted = createHook("pointsAdjusted", {
      entry: posted.entry,
      duplicate: posted.duplicate,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(posted, { hooks: [pointsAdjusted] })
  }
)
