import { AdditionalData } from "@medusajs/framework/types"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createSegmentStep,
  CreateSegmentData,
  validateSegmentFlagStep,
  validateSegmentNameAvailableStep,
} from "../steps"
import { refreshSegmentWorkflow } from "./refresh-segment"

export type CreateSegmentWorkflowInput = CreateSegmentData & AdditionalData

export const createSegmentWorkflowId = "create-segment"

/**
 * Saves a segment and refreshes it at once, so it has its members (and they
 * its flag) as soon as it exists, not at the scheduled job's next pass. The
 * rules must already be validated (`parseSegmentRules`). The refresh is one
 * set-based statement, so the save takes about as long as the builder's live
 * count did; if it fails, the segment is not kept.
 *
 * The `segmentCreated` hook receives the segment (refreshed) and the input's
 * `additional_data`; a handler that throws undoes the creation.
 *
 * @example
 * const { result } = await createSegmentWorkflow(container).run({
 *   input: {
 *     name: "Big spenders",
 *     rules: { all: [{ field: "total_spent", op: "gte", value: 5000, currency_code: "sek", window: { days: 365 } }] },
 *     flag_id: "cflag_123",
 *   },
 * })
 * // result: the segment, with result.refresh = { member_count, entered, left }
 */
export const createSegmentWorkflow = createWorkflow(
  createSegmentWorkflowId,
  (input: CreateSegmentWorkflowInput) => {
    validateSegmentNameAvailableStep({ name: input.name })
    validateSegmentFlagStep({ flag_id: input.flag_id })
    const data = transform({ input }, ({ input }) => {
      const { additional_data: _, ...segment } = input
      return segment
    })
    const segment = createSegmentStep(data)
    const segmentId = transform({ segment }, ({ segment }) => ({ segment_id: segment.id }))
    const refresh = refreshSegmentWorkflow.runAsStep({ input: segmentId })
    const result = transform({ segment, refresh }, ({ segment, refresh }) => ({
      ...segment,
      member_count: refresh.member_count,
      refresh,
    }))
    const segmentCreated = createHook("segmentCreated", {
      segment: result,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(result, { hooks: [segmentCreated] })
  }
)
