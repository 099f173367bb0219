import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { LoyaltyAccountStatus, LoyaltyEntrySource, LoyaltyEntryType } from "../constants"

export type Manager = SqlEntityManager

export type EntryType = LoyaltyEntryType
export type EntrySource = LoyaltyEntrySource

export type LotAllocation = { entry_id: string; points: number }

export type AccountRow = {
  id: string
  status: LoyaltyAccountStatus
  points_available: number
  points_pending: number
  points_lifetime: number
  tier_id: string | null
}

export type EntryRow = {
  id: string
  account_id: string
  customer_id: string | null
  type: EntryType
  points: number
  status: "pending" | "available"
  available_at: Date | null
  expires_at: Date | null
  remaining: number
  lifetime_points: number
  shortfall: number
  allocations: LotAllocation[] | null
  source: EntrySource
  source_id: string | null
  idempotency_key: string
  actor: string | null
  description: string | null
  created_at: Date
}

/** What posting an entry did: the entry, and whether it already existed. */
export type PostedEntry = { entry: EntryRow; duplicate: boolean }

export type CommonEntryInput = {
  account_id: string
  customer_id?: string | null
  source: EntrySource
  source_id?: string | null
  idempotency_key: string
  actor?: string | null
  description?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * Runs a parameterised statement and returns its rows, typed.
 *
 * Every index Medusa generates for these tables is partial (`WHERE deleted_at
 * IS NULL`), so statements here say `deleted_at IS NULL` too, or PostgreSQL
 * cannot use the index and reads the whole ledger.
 */
export async function rows<T>(manager: Manager, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await manager.execute(sql, params)) as T[]
}
