import { allocate, beginPosting, changeBalances, changeLots, insertEntry } from "./sql"
import { CommonEntryInput, Manager, PostedEntry, rows } from "./types"

type Lot = { id: string; status: "pending" | "available"; remaining: number }

export type ReverseEarnedInput = CommonEntryInput & {
  /** The event whose earned points are reversed, e.g. an order. */
  source: "order" | "booking"
  source_id: string
  points: number
}

/**
 * Takes back points that a source earned: from its pending lots first, then
 * its available lots, then (if those were already spent) from the account's
 * other available lots. The balance never goes below zero; what cannot be
 * taken back is recorded as the entry's `shortfall`.
 */
export async function reverseEarned(
  manager: Manager,
  input: ReverseEarnedInput
): Promise<PostedEntry> {
  const { existing } = await beginPosting(manager, input, "reversal")
  if (existing) {
    return { entry: existing, duplicate: true }
  }

  const ownLots = await rows<Lot>(
    manager,
    `SELECT id, status, remaining FROM loyalty_entry
      WHERE account_id = ? AND source = ? AND source_id = ? AND type = 'earn'
        AND remaining > 0 AND deleted_at IS NULL
      ORDER BY (status = 'pending') DESC, created_at, id
      FOR UPDATE`,
    [input.account_id, input.source, input.source_id]
  )
  const own = allocate(ownLots, input.points)
  const otherLots: Lot[] = own.missing
    ? await rows<Lot>(
        manager,
        `SELECT id, status, remaining FROM loyalty_entry
          WHERE account_id = ? AND status = 'available' AND remaining > 0
            AND deleted_at IS NULL
            AND NOT (source = ? AND source_id = ? AND type = 'earn')
          ORDER BY created_at, id
          FOR UPDATE`,
        [input.account_id, input.source, input.source_id]
      )
    : []
  const other = allocate(otherLots, own.missing)
  const allocations = [...own.allocations, ...other.allocations]
  const statusOf = new Map([...ownLots, ...otherLots].map((lot) => [lot.id, lot.status]))
  const fromPending = allocations
    .filter((a) => statusOf.get(a.entry_id) === "pending")
    .reduce((sum, a) => sum + a.points, 0)
  const taken = allocations.reduce((sum, a) => sum + a.points, 0)
  const fromAvailable = taken - fromPending
  const shortfall = input.points - taken
  // Points the source earned and that were already spent still leave the
  // lifetime total, so a cancelled order cannot lift anyone to a tier.
  const lifetime = -(fromAvailable + shortfall)

  await changeLots(manager, allocations)
  const entry = await insertEntry(manager, {
    account_id: input.account_id,
    customer_id: input.customer_id ?? null,
    type: "reverse",
    points: -taken,
    status: "available",
    available_at: new Date(),
    expires_at: null,
    remaining: 0,
    lifetime_points: lifetime,
    shortfall,
    allocations,
    source: input.source,
    source_id: input.source_id,
    idempotency_key: input.idempotency_key,
    actor: input.actor ?? null,
    description: input.description ?? null,
    metadata: input.metadata ?? null,
  })
  await changeBalances(manager, input.account_id, {
    pending: -fromPending,
    available: -fromAvailable,
    lifetime,
  })
  return { entry, duplicate: false }
}
