import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_LOYALTY_MODULE, FlagAssignmentEndReason } from "../../../modules/customer-loyalty"
import { chunks, inChunks } from "../../utils/chunks"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"
import { EndedFlagAssignment } from "../../../modules/customer-loyalty/types"

export type EndFlagAssignmentsInput = {
  /** End the active assignment of each (flag, customer) pair… */
  pairs?: { flag_id: string; customer_id: string }[]
  /** …or every active assignment of these flags. */
  flag_ids?: string[]
  reason: FlagAssignmentEndReason
  removed_by?: string | null
}

export const endFlagAssignmentsStepId = "end-flag-assignments"

/**
 * Ends active assignments (sets `removed_at`), keeping them as history. The
 * compensation makes the same assignments active again.
 */
export const endFlagAssignmentsStep = createStep(
  endFlagAssignmentsStepId,
  async (input: EndFlagAssignmentsInput, { container }) => {
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    // One selector per flag and chunk of customers, so that thousands of
    // pairs (a segment refresh) stay within the statement's parameter limit.
    const customersByFlag = new Map<string, string[]>()
    for (const { flag_id, customer_id } of input.pairs ?? []) {
      customersByFlag.set(flag_id, [...(customersByFlag.get(flag_id) ?? []), customer_id])
    }
    const selectors: Record<string, unknown>[] = [
      ...[...customersByFlag].flatMap(([flag_id, customerIds]) =>
        chunks(customerIds).map((customer_id) => ({ flag_id, customer_id }))
      ),
      ...(input.flag_ids?.length ? [{ flag_id: input.flag_ids }] : []),
    ]
    if (!selectors.length) {
      return new StepResponse([] as EndedFlagAssignment[], [])
    }

    const active = await inChunks(
      selectors,
      (batch) =>
        service.listCustomerFlagAssignments(
          { $or: batch, removed_at: null },
          { select: ["id", "flag_id", "customer_id"] }
        ),
      1
    )
    if (!active.length) {
      return new StepResponse([] as EndedFlagAssignment[], [])
    }

    const removedAt = new Date()
    await inChunks(active, (batch) =>
      service.updateCustomerFlagAssignments(
        batch.map(({ id }) => ({
          id,
          removed_at: removedAt,
          removed_by: input.removed_by ?? null,
          removal_reason: input.reason,
        }))
      )
    )
    const ended: EndedFlagAssignment[] = active.map(({ id, flag_id, customer_id }) => ({
      id,
      flag_id,
      customer_id,
    }))
    return new StepResponse(
      ended,
      ended.map(({ id }) => id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    await service.reactivateFlagAssignments(ids)
  }
)
