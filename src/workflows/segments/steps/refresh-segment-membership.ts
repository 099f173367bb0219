import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SegmentMembershipChange } from "../../../modules/customer-loyalty"
import { CompiledSegment } from "./compile-segment-members"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export const refreshSegmentMembershipStepId = "refresh-segment-membership"

/**
 * Stores the segment's new membership in one statement (only that of
 * `customer_ids` when the compiled segment names them); the compensation
 * removes the memberships it started and reopens those it ended.
 */
export const refreshSegmentMembershipStep = createStep(
  refreshSegmentMembershipStepId,
  async ({ segment, members, now, customer_ids }: CompiledSegment, { container }) => {
    const change = await loyaltyService(container).refreshSegmentMembership({
      segment_id: segment.id,
      members,
      now: new Date(now),
      customer_ids,
    })
    return new StepResponse<SegmentMembershipChange>(change, change)
  },
  async (change, { container }) => {
    if (change) {
      await loyaltyService(container).undoSegmentRefresh(change)
    }
  }
)
