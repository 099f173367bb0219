import { AdditionalData } from "@medusajs/framework/types"
import {
  emitEventStep,
  updateCustomerGroupsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { CustomerFlagEvents, flagExpiryToColumns } from "../../../modules/customer-loyalty"
import {
  setCustomerFlagSalesChannelsStep,
  updateCustomerFlagStep,
  validateFlagNamesAvailableStep,
  validateSalesChannelsExistStep,
} from "../steps"
import { CreateCustomerFlagInput } from "./create-customer-flags"
import { mirrorGroupName } from "./mirror-group-name"

export type UpdateCustomerFlagWorkflowInput = {
  id: string
  update: Partial<CreateCustomerFlagInput>
} & AdditionalData

export const updateCustomerFlagWorkflowId = "update-customer-flag"

/**
 * Updates a flag; a new name renames the mirrored customer group and a new
 * list of sales channels replaces the old one.
 *
 * The `customerFlagUpdated` hook receives the updated flag and the input's
 * `additional_data`; a handler that throws undoes the update.
 *
 * @example
 * await updateCustomerFlagWorkflow(container).run({
 *   input: { id: "cflag_123", update: { name: "Gold VIP", sales_channel_ids: ["sc_123"] } },
 * })
 */
export const updateCustomerFlagWorkflow = createWorkflow(
  updateCustomerFlagWorkflowId,
  (input: UpdateCustomerFlagWorkflowInput) => {
    const { data: flags } = useQueryGraphStep({
      entity: "customer_flag",
      fields: ["id", "name", "customer_group_id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })

    const names = transform({ input }, ({ input }) =>
      input.update.name ? [input.update.name] : []
    )
    validateFlagNamesAvailableStep({ names, except_id: input.id })
    const salesChannelIds = transform(
      { input },
      ({ input }) => input.update.sales_channel_ids ?? []
    )
    validateSalesChannelsExistStep(salesChannelIds)

    const row = transform({ input }, ({ input }) => {
      const { expiry, sales_channel_ids: _, ...fields } = input.update
      return {
        id: input.id,
        ...fields,
        ...(expiry ? flagExpiryToColumns(expiry) : {}),
      }
    })
    const updated = updateCustomerFlagStep(row)

    when({ input, flags }, ({ input, flags }) => {
      return (
        !!input.update.name && !!flags[0].customer_group_id && input.update.name !== flags[0].name
      )
    }).then(() => {
      const groupUpdate = transform({ input, flags }, ({ input, flags }) => ({
        selector: { id: flags[0].customer_group_id as string },
        update: { name: mirrorGroupName(input.update.name as string) },
      }))
      updateCustomerGroupsStep(groupUpdate)
    })

    const channels = transform({ input }, ({ input }) =>
      input.update.sales_channel_ids
        ? [{ flag_id: input.id, sales_channel_ids: input.update.sales_channel_ids }]
        : []
    )
    setCustomerFlagSalesChannelsStep(channels)

    emitEventStep({
      eventName: CustomerFlagEvents.UPDATED,
      data: { id: input.id },
    })

    const customerFlagUpdated = createHook("customerFlagUpdated", {
      customer_flag: updated,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(updated, { hooks: [customerFlagUpdated] })
  }
)
