import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE, LoyaltyMessageVariables } from "../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../modules/customer-loyalty/service"

export type MessageRecipient = {
  id: string
  email: string | null
  metadata: Record<string, unknown> | null
}

export type MemberMessageData = {
  /** False when the member has no points change to show (points 0, no description). */
  has_change: boolean
  customer: MessageRecipient
  variables: LoyaltyMessageVariables
}

type PointsChange = { points: number; description: string | null }

/**
 * A member's values for a loyalty message: the customer's name (customer
 * module), the membership's number, balances and tier (this plugin). Without
 * `change` (a preview), the points and description are those of the
 * membership's latest entry. Null for an unknown customer.
 */
export async function loadMemberMessageData(
  container: MedusaContainer,
  input: {
    customer_id: string
    account_id?: string | null
    change?: PointsChange
    /** Without `change`: the entry types whose latest stands in for it (a preview). */
    change_types?: readonly string[]
  }
): Promise<MemberMessageData | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "metadata"],
    filters: { id: input.customer_id },
  })
  if (!customer) {
    return null
  }

  const accountId = input.account_id ?? (await accountIdOf(loyalty, customer.id))
  const [account] = accountId
    ? await loyalty.listLoyaltyAccounts({ id: accountId }, { take: 1 })
    : []
  const tier = account?.tier_id
    ? (await loyalty.listLoyaltyTiers({ id: account.tier_id }, { take: 1 }))[0]
    : null
  const change =
    input.change ?? (account ? await latestChange(loyalty, account.id, input.change_types) : null)

  return {
    has_change: !!change,
    customer: {
      id: customer.id,
      email: customer.email ?? null,
      metadata: (customer.metadata as Record<string, unknown> | null) ?? null,
    },
    variables: {
      first_name: customer.first_name ?? "",
      last_name: customer.last_name ?? "",
      member_number: account?.member_number ?? "",
      points: change?.points ?? 0,
      description: change?.description ?? "",
      balance_available: account?.points_available ?? 0,
      balance_pending: account?.points_pending ?? 0,
      tier: tier?.name ?? "",
    },
  }
}

async function accountIdOf(loyalty: CustomerLoyaltyModuleService, customerId: string) {
  const [member] = await loyalty.listLoyaltyAccountMembers(
    { customer_id: customerId },
    { select: ["account_id"], take: 1 }
  )
  return (member as { account_id?: string } | undefined)?.account_id ?? null
}

async function latestChange(
  loyalty: CustomerLoyaltyModuleService,
  accountId: string,
  types?: readonly string[]
): Promise<PointsChange | null> {
  const [entry] = await loyalty.listLoyaltyEntries(
    { account_id: accountId, ...(types && { type: [...types] }) },
    { select: ["points", "description"], order: { created_at: "DESC" }, take: 1 }
  )
  return entry ? { points: entry.points, description: entry.description ?? null } : null
}
