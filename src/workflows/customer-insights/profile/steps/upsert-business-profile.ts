import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { insightsService } from "./insights-service"
import { BusinessProfileFields } from "./types"

export type UpsertBusinessProfileStepInput = { customer_id: string; data: BusinessProfileFields }

type Undo = { created_id: string } | { before: { id: string } & Record<string, unknown> }

export const upsertBusinessProfileStepId = "save-customer-business-profile"

/**
 * Creates the customer's B2B profile, or changes the given fields of the one
 * they have. The compensation deletes a created profile or writes back the
 * fields it changed.
 */
export const upsertBusinessProfileStep = createStep(
  upsertBusinessProfileStepId,
  async ({ customer_id, data }: UpsertBusinessProfileStepInput, { container }) => {
    const service = insightsService(container)
    let [current] = await service.listCustomerBusinessProfiles({ customer_id })
    if (!current) {
      try {
        const created = await service.createCustomerBusinessProfiles({ customer_id, ...data })
        return new StepResponse(created, { created_id: created.id } as Undo)
      } catch (error) {
        // Two first saves at once: the unique index lets one create; the
        // other updates what it created.
        ;[current] = await service.listCustomerBusinessProfiles({ customer_id })
        if (!current) {
          throw error
        }
      }
    }
    const before: Record<string, unknown> = { id: current.id }
    for (const key of Object.keys(data)) {
      before[key] = current[key as keyof typeof current] ?? null
    }
    const updated = await service.updateCustomerBusinessProfiles({ id: current.id, ...data })
    return new StepResponse(updated, { before } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = insightsService(container)
    if ("created_id" in undo) {
      await service.deleteCustomerBusinessProfiles([undo.created_id])
      return
    }
    // An update merges metadata into what is there; clear it first so the
    // earlier metadata comes back as it was, not merged with the new keys.
    if ("metadata" in undo.before) {
      await service.updateCustomerBusinessProfiles({ id: undo.before.id, metadata: null })
    }
    await service.updateCustomerBusinessProfiles(undo.before)
  }
)
