import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The seed posts every ledger entry today, so the points report's chart
 * and the histories would show one spike on the seeding day. This dates
 * each entry when it would have happened: an order's points on the day of
 * the order, an expiry on the day its lot expired (which is also when the
 * expiry took the points, so `available_at` follows).
 *
 * Only `created_at` moves: the lots' `available_at` and `expires_at`
 * already come from the order's date, and the release and expiry
 * workflows ran against them, so pending, available and expired points
 * stay as they were. The per-day summary (`loyalty_entry_day`) follows
 * through its update trigger, which moves an entry between days.
 */
export async function dateLedgerEntriesFromOrders(container: MedusaContainer) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.transaction(async (trx) => {
    await trx.raw(
      `UPDATE loyalty_entry e
          SET created_at = o.created_at
         FROM "order" o
        WHERE e.source = 'order' AND e.type = 'earn' AND e.source_id = o.id
          AND e.deleted_at IS NULL AND e.created_at > o.created_at`
    )
    await trx.raw(
      `UPDATE loyalty_entry e
          SET created_at = lot.expires_at, available_at = lot.expires_at
         FROM loyalty_entry lot
        WHERE e.type = 'expire' AND e.source = 'system' AND e.source_id = lot.id
          AND lot.expires_at IS NOT NULL AND e.deleted_at IS NULL
          AND e.created_at > lot.expires_at`
    )
  })
}
