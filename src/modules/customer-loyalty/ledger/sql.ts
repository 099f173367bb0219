import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { AccountRow, EntryRow, LotAllocation, Manager, rows } from "./types"

/** Locks one account row for the rest of the transaction. */
export async function lockAccount(manager: Manager, accountId: string): Promise<AccountRow> {
  const [account] = await rows<AccountRow>(
    manager,
    `SELECT id, status, points_available, points_pending, points_lifetime, tier_id
       FROM loyalty_account
      WHERE id = ? AND deleted_at IS NULL
      FOR UPDATE`,
    [accountId]
  )
  if (!account) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Loyalty account with id: ${accountId} was not found`
    )
  }
  return account
}

/**
 * The common start of posting an entry: the points are a positive whole
 * number, the account is locked for the rest of the transaction, and an
 * entry already posted under the key (a redelivered event) is returned.
 */
export async function beginPosting(
  manager: Manager,
  input: { account_id: string; points: number; idempotency_key: string },
  kind: "credit" | "debit" | "reversal"
): Promise<{ account: AccountRow; existing?: EntryRow }> {
  if (!Number.isInteger(input.points) || input.points <= 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A ${kind} must be a positive whole number of points`
    )
  }
  const account = await lockAccount(manager, input.account_id)
  const existing = await findEntryByKey(manager, input.idempotency_key)
  return { account, existing }
}

/** The most points a balance or an entry holds (the columns are PostgreSQL `integer`). */
export const MAX_POINTS = 2_147_483_647

/**
 * Refuses, with a conflict naming the limit, to add points that would take
 * one of the account's balances past what its column holds. Pending points
 * count as released already (available and lifetime grow by them then), so
 * releasing them later can never overflow.
 */
export function assertRoomForPoints(account: AccountRow, points: number) {
  const pending = Number(account.points_pending)
  const fullest = Math.max(
    Number(account.points_available) + pending,
    Number(account.points_lifetime) + pending
  )
  if (points > MAX_POINTS - fullest) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Loyalty account ${account.id} cannot take ${points} more points: a balance holds at most ${MAX_POINTS} points`
    )
  }
}

/** Refuses to change the points of a closed membership. */
export function assertAccountActive(account: AccountRow) {
  if (account.status !== "active") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Loyalty account ${account.id} is closed`)
  }
}

export async function findEntryByKey(
  manager: Manager,
  idempotencyKey: string
): Promise<EntryRow | undefined> {
  const [entry] = await rows<EntryRow>(
    manager,
    `SELECT * FROM loyalty_entry WHERE idempotency_key = ? AND deleted_at IS NULL`,
    [idempotencyKey]
  )
  return entry
}

export type NewEntry = Omit<
  EntryRow,
  "id" | "created_at" | "allocations" | "lifetime_points" | "shortfall"
> & {
  allocations?: LotAllocation[] | null
  lifetime_points?: number
  shortfall?: number
  metadata?: Record<string, unknown> | null
}

export async function insertEntry(manager: Manager, entry: NewEntry): Promise<EntryRow> {
  const [row] = await rows<EntryRow>(
    manager,
    `INSERT INTO loyalty_entry
       (id, account_id, customer_id, type, points, status, available_at, expires_at,
        remaining, lifetime_points, shortfall, allocations, source, source_id,
        idempotency_key, actor, description, metadata)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb)
     RETURNING *`,
    [
      generateEntityId(undefined, "lent"),
      entry.account_id,
      entry.customer_id ?? null,
      entry.type,
      entry.points,
      entry.status,
      entry.available_at ?? null,
      entry.expires_at ?? null,
      entry.remaining,
      entry.lifetime_points ?? 0,
      entry.shortfall ?? 0,
      entry.allocations ? JSON.stringify(entry.allocations) : null,
      entry.source,
      entry.source_id ?? null,
      entry.idempotency_key,
      entry.actor ?? null,
      entry.description ?? null,
      entry.metadata ? JSON.stringify(entry.metadata) : null,
    ]
  )
  return row
}

/** Adds to an account's kept balances (the account must be locked). */
export async function changeBalances(
  manager: Manager,
  accountId: string,
  delta: { available?: number; pending?: number; lifetime?: number }
) {
  await manager.execute(
    `UPDATE loyalty_account
        SET points_available = points_available + ?,
            points_pending = points_pending + ?,
            points_lifetime = points_lifetime + ?,
            updated_at = now()
      WHERE id = ?`,
    [delta.available ?? 0, delta.pending ?? 0, delta.lifetime ?? 0, accountId]
  )
}

/** Takes points out of lots (or gives them back, with negative points). */
export async function changeLots(manager: Manager, allocations: LotAllocation[]) {
  if (!allocations.length) {
    return
  }
  await manager.execute(
    `UPDATE loyalty_entry e
        SET remaining = e.remaining - a.points, updated_at = now()
       FROM jsonb_to_recordset(?::jsonb) AS a(entry_id text, points integer)
      WHERE e.id = a.entry_id`,
    [JSON.stringify(allocations)]
  )
}

/**
 * Plans taking `points` from lots, in the given order, without going below
 * zero in any lot. Returns the allocations and what could not be taken.
 */
export function allocate(
  lots: { id: string; remaining: number }[],
  points: number
): { allocations: LotAllocation[]; missing: number } {
  const allocations: LotAllocation[] = []
  let missing = points
  for (const lot of lots) {
    if (missing <= 0) {
      break
    }
    const take = Math.min(lot.remaining, missing)
    if (take > 0) {
      allocations.push({ entry_id: lot.id, points: take })
      missing -= take
    }
  }
  return { allocations, missing }
}
