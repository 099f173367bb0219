import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { benefitProblems, BenefitShape } from "../benefit-rules"

export const validateBenefitShapeStepId = "validate-benefit-shape"

/** Refuses a benefit whose fields do not fit its kind (400 naming the field). */
export const validateBenefitShapeStep = createStep(
  validateBenefitShapeStepId,
  async (benefit: BenefitShape) => {
    const [problem, ...others] = benefitProblems(benefit)
    if (problem) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        [problem, ...others].map((p) => p.message).join("; ")
      )
    }
  }
)
