import {
  assertAccountActive,
  assertRoomForPoints,
  beginPosting,
  changeBalances,
  insertEntry,
} from "./sql"
import { CommonEntryInput, EntryType, Manager, PostedEntry } from "./types"

export type CreditInput = CommonEntryInput & {
  /** The entry types that add points. */
  type: Extract<EntryType, "earn" | "adjust" | "transfer">
  points: number
  /** Pending until `available_at`; available at once when not given. */
  available_at?: Date | null
  expires_at?: Date | null
}

/**
 * Adds a lot of points to an account: pending when it becomes available
 * later, available now otherwise. The same idempotency key credits once;
 * points that would take a balance past `MAX_POINTS` are refused.
 */
export async function credit(manager: Manager, input: CreditInput): Promise<PostedEntry> {
  const { account, existing } = await beginPosting(manager, input, "credit")
  if (existing) {
    return { entry: existing, duplicate: true }
  }
  assertAccountActive(account)
  assertRoomForPoints(account, input.points)

  const pending = !!input.available_at && new Date(input.available_at).getTime() > Date.now()
  const entry = await insertEntry(manager, {
    account_id: input.account_id,
    customer_id: input.customer_id ?? null,
    type: input.type,
    points: input.points,
    status: pending ? "pending" : "available",
    available_at: input.available_at ?? new Date(),
    expires_at: input.expires_at ?? null,
    remaining: input.points,
    lifetime_points: pending ? 0 : input.points,
    source: input.source,
    source_id: input.source_id ?? null,
    idempotency_key: input.idempotency_key,
    actor: input.actor ?? null,
    description: input.description ?? null,
    metadata: input.metadata ?? null,
  })
  await changeBalances(
    manager,
    input.account_id,
    pending ? { pending: input.points } : { available: input.points, lifetime: input.points }
  )
  return { entry, duplicate: false }
}
