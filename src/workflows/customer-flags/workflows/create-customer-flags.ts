import { AdditionalData } from "@medusajs/framework/types"
import { createCustomerGroupsStep, emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  CustomerFlagEvents,
  FlagDisplayMode,
  FlagExpiry,
  flagExpiryToColumns,
} from "../../../modules/customer-loyalty"
import {
  createCustomerFlagsStep,
  setCustomerFlagSalesChannelsStep,
  validateFlagNamesAvailableStep,
  validateSalesChannelsExistStep,
} from "../steps"
import { mirrorGroupName } from "./mirror-group-name"

export type CreateCustomerFlagInput = {
  name: string
  abbreviation: string
  icon: string
  color: string
  display?: FlagDisplayMode
  expiry?: FlagExpiry
  sales_channel_ids?: string[]
  description?: string | null
  metadata?: Record<string, unknown> | null
}

export type CreateCustomerFlagsWorkflowInput = {
  flags: CreateCustomerFlagInput[]
} & AdditionalData

export const createCustomerFlagsWorkflowId = "create-customer-flags"

/**
 * Creates flags, each with the customer group that mirrors it and its sales
 * channel links.
 *
 * The `customerFlagsCreated` hook receives the created flags and the input's
 * `additional_data`; a handler that throws undoes the whole creation.
 *
 * @example
 * const { result } = await createCustomerFlagsWorkflow(container).run({
 *   input: {
 *     flags: [{ name: "VIP", abbreviation: "VIP", icon: "Star", color: "#7C3AED" }],
 *   },
 * })
 */
export const createCustomerFlagsWorkflow = createWorkflow(
  createCustomerFlagsWorkflowId,
  (input: CreateCustomerFlagsWorkflowInput) => {
    const names = transform({ input }, ({ input }) => input.flags.map((flag) => flag.name))
    validateFlagNamesAvailableStep({ names })
    const salesChannelIds = transform({ input }, ({ input }) =>
      input.flags.flatMap((flag) => flag.sales_channel_ids ?? [])
    )
    validateSalesChannelsExistStep(salesChannelIds)

    const groupsInput = transform({ input }, ({ input }) =>
      input.flags.map((flag) => ({
        name: mirrorGroupName(flag.name),
        metadata: { customer_loyalty_flag: true },
      }))
    )
    const groups = createCustomerGroupsStep(groupsInput)

    const flagRows = transform({ input, groups }, ({ input, groups }) =>
      input.flags.map((flag, index) => ({
        name: flag.name,
        abbreviation: flag.abbreviation,
        icon: flag.icon,
        color: flag.color,
        display: flag.display ?? "card",
        description: flag.description ?? null,
        metadata: flag.metadata ?? null,
        customer_group_id: groups[index].id,
        ...flagExpiryToColumns(flag.expiry ?? { type: "none" }),
      }))
    )
    const flags = createCustomerFlagsStep(flagRows)

    const salesChannels = transform({ input, flags }, ({ input, flags }) =>
      input.flags.flatMap((flag, index) =>
        flag.sales_channel_ids?.length
          ? [{ flag_id: flags[index].id, sales_channel_ids: flag.sales_channel_ids }]
          : []
      )
    )
    setCustomerFlagSalesChannelsStep(salesChannels)

    const events = transform({ flags }, ({ flags }) => flags.map((flag) => ({ id: flag.id })))
    emitEventStep({ eventName: CustomerFlagEvents.CREATED, data: events })

    const customerFlagsCreated = createHook("customerFlagsCreated", {
      customer_flags: flags,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(flags, { hooks: [customerFlagsCreated] })
  }
)
