import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inChunks } from "../../utils/chunks"
import { FlagCustomerPair, resolveGroupMemberships } from "./flag-group-pairs"

export const addCustomersToFlagGroupsStepId = "add-customers-to-flag-groups"

/**
 * Puts customers into the customer groups that mirror their flags, skipping
 * those already in; the compensation takes out only those it put in.
 */
export const addCustomersToFlagGroupsStep = createStep(
  addCustomersToFlagGroupsStepId,
  async (pairs: FlagCustomerPair[], { container }) => {
    const { nonMembers } = await resolveGroupMemberships(container, pairs)
    if (nonMembers.length) {
      await inChunks(nonMembers, (batch) =>
        container
          .resolve(Modules.CUSTOMER)
          .addCustomerToGroup(batch)
          .then(() => [])
      )
    }
    return new StepResponse(void 0, nonMembers)
  },
  async (added, { container }) => {
    if (!added?.length) {
      return
    }
    await inChunks(added, (batch) =>
      container
        .resolve(Modules.CUSTOMER)
        .removeCustomerFromGroup(batch)
        .then(() => [])
    )
  }
)
