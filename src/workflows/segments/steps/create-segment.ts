import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerSegmentDTO } from "../../../modules/customer-loyalty"
import { SegmentRules } from "../../../segments"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export type CreateSegmentData = {
  name: string
  description?: string | null
  rules: SegmentRules
  flag_id?: string | null
  remove_flag_on_leave?: boolean
  metadata?: Record<string, unknown> | null
}

export const createSegmentStepId = "create-segment"

export const createSegmentStep = createStep(
  createSegmentStepId,
  async (data: CreateSegmentData, { container }) => {
    const segment = (await loyaltyService(container).createCustomerSegments(
      data
    )) as unknown as CustomerSegmentDTO
    return new StepResponse(segment, segment.id)
  },
  async (id, { container }) => {
    if (id) {
      await loyaltyService(container).deleteCustomerSegments([id])
    }
  }
)
