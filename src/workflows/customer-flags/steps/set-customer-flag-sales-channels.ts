import type { Link } from "@medusajs/framework/modules-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"

export type SetCustomerFlagSalesChannelsInput = {
  flag_id: string
  sales_channel_ids: string[]
}[]

type FlagChannels = { flag_id: string; sales_channel_ids: string[] }
type Compensation = { previous: FlagChannels[]; next: FlagChannels[] } | null

export const setCustomerFlagSalesChannelsStepId = "set-customer-flag-sales-channels"

const toLinks = ({ flag_id, sales_channel_ids }: FlagChannels) =>
  sales_channel_ids.map((sales_channel_id) => ({
    [CUSTOMER_LOYALTY_MODULE]: { customer_flag_id: flag_id },
    [Modules.SALES_CHANNEL]: { sales_channel_id },
  }))

/**
 * Makes each flag's sales channels exactly the given list, creating and
 * dismissing links as needed; the compensation puts the old lists back.
 */
export const setCustomerFlagSalesChannelsStep = createStep(
  setCustomerFlagSalesChannelsStepId,
  async (input: SetCustomerFlagSalesChannelsInput, { container }) => {
    if (!input.length) {
      return new StepResponse(void 0, null as Compensation)
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const { data: flags } = await query.graph({
      entity: "customer_flag",
      fields: ["id", "sales_channels.id"],
      filters: { id: input.map((row) => row.flag_id) },
    })
    const previous: FlagChannels[] = flags.map((flag) => ({
      flag_id: flag.id,
      sales_channel_ids: ((flag.sales_channels ?? []) as ({ id: string } | null)[]).flatMap(
        (channel) => (channel ? [channel.id] : [])
      ),
    }))

    await replaceLinks(link, previous, input)
    return new StepResponse(void 0, { previous, next: input } as Compensation)
  },
  async (state, { container }) => {
    if (!state) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await replaceLinks(link, state.next, state.previous)
  }
)

async function replaceLinks(
  link: Pick<Link, "dismiss" | "create">,
  current: FlagChannels[],
  wanted: FlagChannels[]
) {
  const currentByFlag = new Map(current.map((row) => [row.flag_id, row]))
  const wantedByFlag = new Map(wanted.map((row) => [row.flag_id, row]))

  const toDismiss = current.flatMap((row) =>
    toLinks({
      flag_id: row.flag_id,
      sales_channel_ids: row.sales_channel_ids.filter(
        (id) => !wantedByFlag.get(row.flag_id)?.sales_channel_ids.includes(id)
      ),
    })
  )
  const toCreate = wanted.flatMap((row) =>
    toLinks({
      flag_id: row.flag_id,
      sales_channel_ids: row.sales_channel_ids.filter(
        (id) => !currentByFlag.get(row.flag_id)?.sales_channel_ids.includes(id)
      ),
    })
  )
  if (toDismiss.length) {
    await link.dismiss(toDismiss)
  }
  if (toCreate.length) {
    await link.create(toCreate)
  }
}
