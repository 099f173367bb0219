import { MedusaError } from "@medusajs/framework/utils"
import {
  allocate,
  assertAccountActive,
  beginPosting,
  changeBalances,
  changeLots,
  insertEntry,
} from "./sql"
import { CommonEntryInput, Manager, PostedEntry, rows } from "./types"

export type DebitInput = CommonEntryInput & {
  type: "redeem" | "adjust" | "close" | "transfer"
  /** How many points to take (a positive number). */
  points: number
  /**
   * Lower the lifetime points too, never below zero: a transfer moves them
   * to the other account, and staff taking points away correct them.
   */
  reduce_lifetime?: boolean
  /**
   * Refuse unless at least this many points are available before the debit
   * (the program's minimum to redeem), checked under the account's lock.
   */
  min_available?: number
}

/**
 * Takes available points from an account, oldest lots first. Refuses with a
 * conflict when the balance is too small, or below `min_available`: every
 * rule on the balance is checked with the account row locked, so two debits
 * at once see each other's result and can never overspend.
 */
export async function debit(manager: Manager, input: DebitInput): Promise<PostedEntry> {
  const { account, existing } = await beginPosting(manager, input, "debit")
  if (existing) {
    return { entry: existing, duplicate: true }
  }
  assertAccountActive(account)
  if (input.min_available && account.points_available < input.min_available) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `At least ${input.min_available} points are needed to redeem; you have ${account.points_available}`
    )
  }
  if (account.points_available < input.points) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Not enough points: ${account.points_available} available, ${input.points} needed`
    )
  }

  const lots = await rows<{ id: string; remaining: number }>(
    manager,
    `SELECT id, remaining FROM loyalty_entry
      WHERE account_id = ? AND status = 'available' AND remaining > 0
        AND deleted_at IS NULL
      ORDER BY created_at, id
      FOR UPDATE`,
    [input.account_id]
  )
  const { allocations, missing } = allocate(lots, input.points)
  if (missing > 0) {
    // The kept balance and the lots disagree; refuse rather than guess.
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Loyalty account ${account.id} has ${missing} points fewer in lots than its balance`
    )
  }
  await changeLots(manager, allocations)

  // Never below zero: a balance moved in by an old household join may hold
  // more than this account's own lifetime.
  const lifetime = input.reduce_lifetime
    ? -Math.min(input.points, Math.max(0, Number(account.points_lifetime)))
    : 0
  const entry = await insertEntry(manager, {
    account_id: input.account_id,
    customer_id: input.customer_id ?? null,
    type: input.type,
    points: -input.points,
    status: "available",
    available_at: new Date(),
    expires_at: null,
    remaining: 0,
    lifetime_points: lifetime,
    allocations,
    source: input.source,
    source_id: input.source_id ?? null,
    idempotency_key: input.idempotency_key,
    actor: input.actor ?? null,
    description: input.description ?? null,
    metadata: input.metadata ?? null,
  })
  await changeBalances(manager, input.account_id, {
    available: -input.points,
    lifetime,
  })
  return { entry, duplicate: false }
}
