import {
  deleteCustomerGroupStep,
  emitEventStep,
  removeRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_LOYALTY_MODULE, CustomerFlagEvents } from "../../../modules/customer-loyalty"
import {
  endFlagAssignmentsStep,
  removeCustomersFromFlagGroupsStep,
  softDeleteCustomerFlagsStep,
} from "../steps"
import { deleteOwnedBenefits } from "../../benefits/workflows/delete-owned-benefits"

export type DeleteCustomerFlagsWorkflowInput = {
  ids: string[]
  deleted_by?: string | null
}

export const deleteCustomerFlagsWorkflowId = "delete-customer-flags"

/**
 * Deletes flags: their active assignments end (kept as history), the
 * mirrored customer groups, the sales channel links and the flags' benefits
 * (with their discounts' promotions) go with them.
 */
export const deleteCustomerFlagsWorkflow = createWorkflow(
  deleteCustomerFlagsWorkflowId,
  (input: DeleteCustomerFlagsWorkflowInput) => {
    const { data: flags } = useQueryGraphStep({
      entity: "customer_flag",
      fields: ["id", "customer_group_id"],
      filters: { id: input.ids },
      options: { throwIfKeyNotFound: true },
    })

    const ended = endFlagAssignmentsStep({
      flag_ids: input.ids,
      reason: "flag_deleted",
      removed_by: input.deleted_by,
    })
    removeCustomersFromFlagGroupsStep(ended)
    deleteOwnedBenefits({ flag_id: input.ids })
    softDeleteCustomerFlagsStep(input.ids)

    const groupIds = transform({ flags }, ({ flags }) =>
      flags.flatMap((flag) => (flag.customer_group_id ? [flag.customer_group_id] : []))
    )
    deleteCustomerGroupStep(groupIds)

    const links = transform({ input }, ({ input }): Record<string, Record<string, string[]>> => ({
      [CUSTOMER_LOYALTY_MODULE]: { customer_flag_id: input.ids },
    }))
    removeRemoteLinkStep(links)

    const events = transform({ input }, ({ input }) => input.ids.map((id) => ({ id })))
    emitEventStep({ eventName: CustomerFlagEvents.DELETED, data: events })

    return new WorkflowResponse(input.ids)
  }
)
