import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateSalesChannelsExistStepId = "validate-sales-channels-exist"

/** Refuses unknown sales channel ids with a 404. */
export const validateSalesChannelsExistStep = createStep(
  validateSalesChannelsExistStepId,
  async (ids: string[], { container }) => {
    const unique = [...new Set(ids)]
    if (!unique.length) {
      return
    }
    const channels = await container
      .resolve(Modules.SALES_CHANNEL)
      .listSalesChannels({ id: unique }, { select: ["id"] })
    const missing = unique.find((id) => !channels.some((c) => c.id === id))
    if (missing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Sales channel with id: ${missing} was not found`
      )
    }
  }
)
