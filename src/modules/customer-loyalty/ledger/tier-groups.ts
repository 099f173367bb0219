import { Manager, rows } from "./types"

export type TierGroupScope = {
  /** Customers who are or were members of these accounts (null: every member). */
  account_ids: string[] | null
  /** And these customers. */
  customer_ids?: string[]
}

export type TierGroupPlan = {
  /** The customers the plan speaks for; null when it speaks for everyone. */
  customer_ids: string[] | null
  /** The mirror group of every tier. */
  tier_group_ids: string[]
  /** The tier group each customer in scope should be in (none listed: none). */
  wanted: { customer_id: string; customer_group_id: string }[]
}

/**
 * Which tier group each customer should be in: the group of the tier of
 * the active membership they belong to. Former members are in scope too
 * (`deleted_at` is not filtered on the scope side), so closing or merging a
 * membership takes its members out of the old tier's group.
 */
export async function planTierGroups(
  manager: Manager,
  scope: TierGroupScope
): Promise<TierGroupPlan> {
  const tierGroups = await rows<{ customer_group_id: string }>(
    manager,
    `SELECT customer_group_id FROM loyalty_tier
      WHERE deleted_at IS NULL AND customer_group_id IS NOT NULL`
  )
  let customerIds: string[] | null = null
  if (scope.account_ids) {
    const members = await rows<{ customer_id: string }>(
      manager,
      `SELECT DISTINCT customer_id FROM loyalty_account_member
        WHERE account_id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(scope.account_ids)]
    )
    customerIds = [
      ...new Set([...members.map((m) => m.customer_id), ...(scope.customer_ids ?? [])]),
    ]
  }
  const wanted = await rows<{ customer_id: string; customer_group_id: string }>(
    manager,
    `SELECT m.customer_id, t.customer_group_id
       FROM loyalty_account_member m
       JOIN loyalty_account a
         ON a.id = m.account_id AND a.deleted_at IS NULL AND a.status = 'active'
       JOIN loyalty_tier t
         ON t.id = a.tier_id AND t.deleted_at IS NULL AND t.customer_group_id IS NOT NULL
      WHERE m.deleted_at IS NULL
        ${customerIds ? "AND m.customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))" : ""}`,
    customerIds ? [JSON.stringify(customerIds)] : []
  )
  return {
    customer_ids: customerIds,
    tier_group_ids: tierGroups.map((t) => t.customer_group_id),
    wanted,
  }
}
