import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createSegmentStep,
  CreateSegmentData,
  validateSegmentFlagStep,
  validateSegmentNameAvailableStep,
} from "../steps"

export const createSegmentWorkflowId = "create-segment"

/**
 * Saves a segment. The rules must already be validated
 * (`parseSegmentRules`); members come with the first refresh.
 *
 * @example
 * await createSegmentWorkflow(container).run({
 *   input: {
 *     name: "Big spenders",
 *     rules: { all: [{ field: "total_spent", op: "gte", value: 5000, currency_code: "sek", window: { days: 365 } }] },
 *     flag_id: "cflag_123",
 *   },
 * })
 */
export const createSegmentWorkflow = createWorkflow(
  createSegmentWorkflowId,
  (input: CreateSegmentData) => {
    validateSegmentNameAvailableStep({ name: input.name })
    validateSegmentFlagStep({ flag_id: input.flag_id })
    return new WorkflowResponse(createSegmentStep(input))
  }
)
