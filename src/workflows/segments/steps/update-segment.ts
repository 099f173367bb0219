import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerSegmentDTO } from "../../../modules/customer-loyalty"
import { CreateSegmentData } from "./create-segment"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export type UpdateSegmentData = { id: string } & Partial<CreateSegmentData>

export const updateSegmentStepId = "update-segment"

/**
 * Updates one segment; the compensation writes back what it changed. JSON
 * columns are written whole (the generated update would merge them).
 */
export const updateSegmentStep = createStep(
  updateSegmentStepId,
  async (data: UpdateSegmentData, { container }) => {
    const service = loyaltyService(container)
    const fields = Object.keys(data).filter((key) => key !== "id")
    const before = await service.retrieveCustomerSegment(data.id, {
      select: ["id", ...fields],
    })
    await writeSegment(service, data)
    const updated = await service.retrieveCustomerSegment(data.id)
    return new StepResponse(updated as unknown as CustomerSegmentDTO, before)
  },
  async (before, { container }) => {
    if (before) {
      await writeSegment(loyaltyService(container), before as unknown as UpdateSegmentData)
    }
  }
)

async function writeSegment(service: ReturnType<typeof loyaltyService>, data: UpdateSegmentData) {
  const { rules, ...rest } = data
  if (rules) {
    await service.replaceSegmentRules(data.id, rules)
  }
  if (rest.metadata) {
    await service.updateCustomerSegments({ id: data.id, metadata: null })
  }
  await service.updateCustomerSegments(rest)
}
