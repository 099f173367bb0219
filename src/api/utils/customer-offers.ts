import { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_LOYALTY_MODULE } from "../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"

/**
 * The benefits a customer has now: those of the flags they hold (not
 * expired) and of their membership's tier, active and within their dates.
 * Shaped for the shopper: nothing says which flag or tier gave them.
 */
export async function listCustomerOffers(scope: MedusaContainer, customerId: string) {
  const loyalty = scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const now = new Date()
  const assignments = await loyalty.listCustomerFlagAssignments(
    { customer_id: customerId, removed_at: null },
    { select: ["flag_id", "expires_at"] }
  )
  const flagIds = assignments
    .filter((a) => !a.expires_at || new Date(a.expires_at) > now)
    .map((a) => a.flag_id)
  const [member] = await loyalty.listLoyaltyAccountMembers(
    { customer_id: customerId },
    { relations: ["account"], take: 1 }
  )
  const tierId = member?.account?.status === "active" ? member.account.tier_id : null

  const owners = [
    ...(flagIds.length ? [{ flag_id: flagIds }] : []),
    ...(tierId ? [{ tier_id: tierId }] : []),
  ]
  if (!owners.length) {
    return []
  }
  const benefits = await loyalty.listCustomerBenefits(
    { $or: owners, is_active: true },
    { order: { created_at: "ASC" } }
  )
  return benefits
    .filter((b) => (!b.starts_at || new Date(b.starts_at) <= now) && (!b.ends_at || new Date(b.ends_at) > now))
    .map(({ id, kind, title, description, url, code, starts_at, ends_at }) => ({
      id,
      kind,
      title,
      description,
      url,
      code,
      starts_at,
      ends_at,
    }))
}
