import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import { inChunks } from "../../utils/chunks"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"

export type FlagCustomerPair = { flag_id: string; customer_id: string }

/** One string per (flag, customer) pair, for sets and maps of pairs. */
export const flagCustomerKey = (pair: FlagCustomerPair) => `${pair.flag_id}:${pair.customer_id}`
export type GroupCustomerPair = { customer_group_id: string; customer_id: string }

/**
 * Turns (flag, customer) pairs into (mirror group, customer) pairs and splits
 * them by whether the customer is already in the group.
 */
export async function resolveGroupMemberships(
  container: MedusaContainer,
  pairs: FlagCustomerPair[]
): Promise<{ members: GroupCustomerPair[]; nonMembers: GroupCustomerPair[] }> {
  if (!pairs.length) {
    return { members: [], nonMembers: [] }
  }
  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const customers = container.resolve(Modules.CUSTOMER)

  // Soft-deleted flags still resolve: their assignments end after deletion.
  const flags = await loyalty.listCustomerFlags(
    { id: [...new Set(pairs.map((pair) => pair.flag_id))] },
    { select: ["id", "customer_group_id"], withDeleted: true }
  )
  const groupByFlag = new Map(flags.map((flag) => [flag.id, flag.customer_group_id]))
  const wanted = uniquePairs(
    pairs.flatMap(({ flag_id, customer_id }) => {
      const customer_group_id = groupByFlag.get(flag_id)
      return customer_group_id ? [{ customer_group_id, customer_id }] : []
    })
  )
  if (!wanted.length) {
    return { members: [], nonMembers: [] }
  }

  const groupIds = [...new Set(wanted.map((p) => p.customer_group_id))]
  const existing = await inChunks([...new Set(wanted.map((p) => p.customer_id))], (customerIds) =>
    customers.listCustomerGroupCustomers(
      { customer_group_id: groupIds, customer_id: customerIds },
      { select: ["customer_group_id", "customer_id"] }
    )
  )
  const isMember = new Set(existing.map(keyOf))
  return {
    members: wanted.filter((pair) => isMember.has(keyOf(pair))),
    nonMembers: wanted.filter((pair) => !isMember.has(keyOf(pair))),
  }
}

const keyOf = (pair: GroupCustomerPair) => `${pair.customer_group_id}:${pair.customer_id}`

function uniquePairs(pairs: GroupCustomerPair[]): GroupCustomerPair[] {
  return [...new Map(pairs.map((pair) => [keyOf(pair), pair])).values()]
}

/**
 * The pairs whose customer holds no active assignment of the flag: those
 * who may leave its group. A renewal that ran between the end of an
 * assignment and this read (e.g. while the expiry job ran) keeps its member.
 */
export async function pairsWithoutActiveAssignment(
  container: MedusaContainer,
  pairs: FlagCustomerPair[]
): Promise<FlagCustomerPair[]> {
  if (!pairs.length) {
    return []
  }
  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const flagIds = [...new Set(pairs.map((pair) => pair.flag_id))]
  const active = await inChunks(
    [...new Set(pairs.map((pair) => pair.customer_id))],
    (customerIds) =>
      loyalty.listCustomerFlagAssignments(
        { flag_id: flagIds, customer_id: customerIds, removed_at: null },
        { select: ["flag_id", "customer_id"] }
      )
  )
  const held = new Set(active.map(flagCustomerKey))
  return pairs.filter((pair) => !held.has(flagCustomerKey(pair)))
}
