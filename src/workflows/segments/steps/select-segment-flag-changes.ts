import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerSegmentDTO, SegmentMembershipChange } from "../../../modules/customer-loyalty"
import { inChunks } from "../../utils/chunks"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

type Pair = { flag_id: string; customer_id: string }

export type SegmentFlagChanges = { assign: Pair[]; remove: Pair[] }

export const selectSegmentFlagChangesStepId = "select-segment-flag-changes"

/**
 * What a refresh does to the segment's flag: customers who entered and do
 * not have the flag get it (those who have it, e.g. from staff, keep their
 * own assignment); with `remove_flag_on_leave`, customers who left lose it
 * only when this segment gave it.
 */
export const selectSegmentFlagChangesStep = createStep(
  selectSegmentFlagChangesStepId,
  async (
    input: { segment: CustomerSegmentDTO; change: SegmentMembershipChange },
    { container }
  ) => {
    const { segment, change } = input
    const flagId = segment.flag_id
    if (!flagId) {
      return new StepResponse<SegmentFlagChanges>({ assign: [], remove: [] })
    }
    const service = loyaltyService(container)
    // A deleted flag stays named on its segments: refreshing one must not
    // fail on it (POST /admin/segments/:id/refresh answered 404).
    const [flag] = await service.listCustomerFlags({ id: flagId }, { select: ["id"] })
    if (!flag) {
      return new StepResponse<SegmentFlagChanges>({ assign: [], remove: [] })
    }
    const activeAssignments = (customerIds: string[]) =>
      inChunks(customerIds, (batch) =>
        service.listCustomerFlagAssignments(
          { flag_id: flagId, customer_id: batch, removed_at: null },
          { select: ["customer_id", "source", "source_id"] }
        )
      )

    const entered = change.entered.map(({ customer_id }) => customer_id)
    const holders = new Set((await activeAssignments(entered)).map((a) => a.customer_id))
    const assign = entered
      .filter((customerId) => !holders.has(customerId))
      .map((customer_id) => ({ flag_id: flagId, customer_id }))

    const remove = segment.remove_flag_on_leave
      ? (await activeAssignments(change.left.map(({ customer_id }) => customer_id)))
          .filter((a) => a.source === "segment" && a.source_id === segment.id)
          .map(({ customer_id }) => ({ flag_id: flagId, customer_id }))
      : []

    return new StepResponse<SegmentFlagChanges>({ assign, remove })
  }
)
