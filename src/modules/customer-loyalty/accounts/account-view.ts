import { Manager, rows } from "../ledger/types"
import type { LoyaltyAccountStatus, LoyaltyTierBasis } from "../constants"

/** A membership's own columns, as the API presents them. */
export type LoyaltyAccountRow = {
  id: string
  member_number: string
  identifier: string | null
  status: LoyaltyAccountStatus
  points_available: number
  points_pending: number
  points_lifetime: number
  tier_id: string | null
  closed_at: Date | null
  close_reason: string | null
  created_at: Date
}

export type LoyaltyTierRow = {
  id: string
  name: string
  rank: number
  min_points: number
  basis: LoyaltyTierBasis
}

/**
 * The memberships of `ids` (in no particular order) and every tier, lowest
 * rank first: two plain reads side by side, cheaper than the generated
 * `list` methods for the handful of columns a membership card shows.
 */
export async function accountsAndTiers(
  manager: Manager,
  ids: string[]
): Promise<{ accounts: LoyaltyAccountRow[]; tiers: LoyaltyTierRow[] }> {
  const [accounts, tiers] = await Promise.all([
    ids.length
      ? rows<LoyaltyAccountRow>(
          manager,
          `SELECT id, member_number, identifier, status, points_available, points_pending,
                  points_lifetime, tier_id, closed_at, close_reason, created_at
             FROM loyalty_account
            WHERE id IN (${ids.map(() => "?").join(", ")}) AND deleted_at IS NULL`,
          ids
        )
      : [],
    rows<LoyaltyTierRow>(
      manager,
      `SELECT id, name, rank, min_points, basis FROM loyalty_tier
        WHERE deleted_at IS NULL
        ORDER BY rank ASC`
    ),
  ])
  return { accounts, tiers }
}

/**
 * The membership staff see on a customer's card: the one they belong to,
 * or else the last closed one they were in (closing releases the members,
 * and the card still says it was closed and shows its history). Null when
 * there is neither.
 */
export async function staffAccountIdOfCustomer(
  manager: Manager,
  customerId: string
): Promise<string | null> {
  const [account] = await rows<{ id: string }>(
    manager,
    `SELECT a.id
       FROM loyalty_account_member m
       JOIN loyalty_account a ON a.id = m.account_id AND a.deleted_at IS NULL
      WHERE m.customer_id = ?
        AND (m.deleted_at IS NULL OR a.status = 'closed')
      -- The membership they are in first, then the most recently closed.
      ORDER BY m.deleted_at IS NULL DESC, a.closed_at DESC NULLS LAST
      LIMIT 1`,
    [customerId]
  )
  return account?.id ?? null
}
