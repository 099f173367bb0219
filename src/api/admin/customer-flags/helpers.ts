import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { flagExpiryFromColumns } from "../../../modules/customer-loyalty"
import CustomerFlagSalesChannelLink from "../../../links/customer-flag-sales-channel"
import type { FlagExpiryType } from "../../../modules/customer-loyalty/constants"
import type { AdminCustomerFlag, AdminFlagPurchaseRule, Served } from "../../../types/http"

type SalesChannelRow = { id: string; name: string }

/**
 * A flag as `query.graph` reads it: the stored columns (those asked for),
 * and its sales channels when linked ones were asked for.
 */
export type CustomerFlagRow = Omit<
  Served<AdminCustomerFlag>,
  "expiry" | "sales_channels" | "sales_channel_ids" | "purchase_rule"
> & {
  expiry_type?: FlagExpiryType
  expiry_date?: Date | string | null
  expiry_days?: number | null
  /** JSON column: what the purchase-rule workflow wrote. */
  purchase_rule?: unknown
  sales_channels?: (SalesChannelRow | null)[] | null
}

/**
 * Presents a flag as the API speaks of it: `expiry` as one object (the same
 * shape the create and update bodies take) and `sales_channel_ids`.
 */
export function formatCustomerFlag(flag: CustomerFlagRow): Served<AdminCustomerFlag> {
  const { expiry_type, expiry_date, expiry_days, ...rest } = flag
  // The fields asked for, as read (`purchase_rule` is the JSON the rule
  // workflow stored); `expiry` joins when its columns were read.
  const formatted = { ...rest } as Served<AdminCustomerFlag> & {
    purchase_rule?: AdminFlagPurchaseRule | null
  }
  if (expiry_type !== undefined) {
    formatted.expiry = flagExpiryFromColumns({
      expiry_type,
      // A string (the generated types allow one) reads the same: new Date(…).
      expiry_date: expiry_date as Date | null,
      expiry_days,
    })
  }
  if (Array.isArray(flag.sales_channels)) {
    const channels = flag.sales_channels.filter((channel): channel is SalesChannelRow =>
      Boolean(channel)
    )
    formatted.sales_channels = channels
    formatted.sales_channel_ids = channels.map((channel) => channel.id)
  }
  return formatted
}

export async function refetchCustomerFlag(
  scope: MedusaContainer,
  id: string,
  fields: string[]
): Promise<Served<AdminCustomerFlag>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [flag],
  } = await query.graph({
    entity: "customer_flag",
    fields,
    filters: { id },
  })
  if (!flag) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer flag with id: ${id} was not found`)
  }
  return formatCustomerFlag(flag)
}

/**
 * A filter for the flags that belong to any of the given sales channels:
 * those linked to one of them and those linked to none (a flag without
 * channels belongs to all).
 */
export async function salesChannelFlagFilter(scope: MedusaContainer, salesChannelIds: string[]) {
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
    $or: [{ id: { $nin: restricted } }, ...(inChannels.length ? [{ id: inChannels }] : [])],
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
    ...new Set(orders.flatMap((order) => (order.sales_channel_id ? [order.sales_channel_id] : []))),
  ]
}
