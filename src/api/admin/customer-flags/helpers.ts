import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { flagExpiryFromColumns } from "../../../modules/customer-loyalty"
import CustomerFlagSalesChannelLink from "../../../links/customer-flag-sales-channel"

type FlagRecord = Record<string, any>

/**
 * Presents a flag as the API speaks of it: `expiry` as one object (the same
 * shape the create and update bodies take) and `sales_channel_ids`.
 */
export function formatCustomerFlag(flag: FlagRecord) {
  const { expiry_type, expiry_date, expiry_days, ...rest } = flag
  const formatted: FlagRecord = { ...rest }
  if (expiry_type !== undefined) {
    formatted.expiry = flagExpiryFromColumns({
      expiry_type,
      expiry_date,
      expiry_days,
    })
  }
  if (Array.isArray(flag.sales_channels)) {
    formatted.sales_channels = flag.sales_channels.filter(Boolean)
    formatted.sales_channel_ids = formatted.sales_channels.map(
      (channel: { id: string }) => channel.id
    )
  }
  return formatted
}

export async function refetchCustomerFlag(
  scope: MedusaContainer,
  id: string,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [flag],
  } = await query.graph({
    entity: "customer_flag",
    fields,
    filters: { id },
  })
  if (!flag) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer flag with id: ${id} was not found`
    )
  }
  return formatCustomerFlag(flag)
}

/**
 * A filter for the flags that belong to any of the given sales channels:
 * those linked to one of them and those linked to none (a flag without
 * channels belongs to all).
 */
export async function salesChannelFlagFilter(
  scope: MedusaContainer,
  salesChannelIds: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: CustomerFlagSalesChannelLink.entryPoint,
    fields: ["customer_flag_id", "sales_channel_id"],
  })
  const restricted = [...new Set(links.map((l) => l.customer_flag_id))]
  const inChannels = links
    .filter((l) => salesChannelIds.includes(l.sales_channel_id))
    .map((l) => l.customer_flag_id)

  if (!restricted.length) {
    return {}
  }
  return {
    $or: [
      { id: { $nin: restricted } },
      ...(inChannels.length ? [{ id: inChannels }] : []),
    ],
  }
}

/**
 * The sales channels a customer belongs to. Medusa customers have none of
 * their own, so these are the channels the customer has ordered in.
 */
export async function salesChannelsOfCustomer(
  scope: MedusaContainer,
  customerId: string
): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["sales_channel_id"],
    filters: { customer_id: customerId },
  })
  return [
    ...new Set(
      orders.flatMap((order) => (order.sales_channel_id ? [order.sales_channel_id] : []))
    ),
  ]
}
