import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inChunks } from "../../utils/chunks"
import {
  FlagCustomerPair,
  pairsWithoutActiveAssignment,
  resolveGroupMemberships,
} from "./flag-group-pairs"

export const removeCustomersFromFlagGroupsStepId = "remove-customers-from-flag-groups"

/**
 * Takes customers out of the customer groups that mirror the flags they lost
 * (unless they hold the flag again by now); the compensation puts back only
 * those it took out.
 */
export const removeCustomersFromFlagGroupsStep = createStep(
  removeCustomersFromFlagGroupsStepId,
  async (pairs: FlagCustomerPair[], { container }) => {
    const { members } = await resolveGroupMemberships(
      container,
      await pairsWithoutActiveAssignment(container, pairs)
    )
    if (members.length) {
      await inChunks(members, (batch) =>
        container
          .resolve(Modules.CUSTOMER)
          .removeCustomerFromGroup(batch)
          .then(() => [])
      )
    }
    return new StepResponse(void 0, members)
  },
  async (removed, { container }) => {
    if (!removed?.length) {
      return
    }
    await inChunks(removed, (batch) =>
      container
        .resolve(Modules.CUSTOMER)
        .addCustomerToGroup(batch)
        .then(() => [])
    )
  }
)
