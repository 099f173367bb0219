import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export const validateSegmentNameAvailableStepId = "validate-segment-name-available"

/** Segment names are unique; a taken one is a conflict, found before writing. */
export const validateSegmentNameAvailableStep = createStep(
  validateSegmentNameAvailableStepId,
  async (input: { name?: string; except_id?: string }, { container }) => {
    if (!input.name) {
      return
    }
    const [clash] = await loyaltyService(container).listCustomerSegments(
      { name: input.name, ...(input.except_id && { id: { $ne: input.except_id } }) },
      { select: ["id"], take: 1 }
    )
    if (clash) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A segment named '${input.name}' already exists`
      )
    }
  }
)
