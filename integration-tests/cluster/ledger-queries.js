/**
 * What the cluster test reads from (and, to let time pass, writes to) the
 * plugin's ledger, in SQL.
 */
"use strict"

/** Earn entries per order: `Map(order id → { entries, points })`. */
async function earnEntriesByOrder(client) {
  const { rows } = await client.query(
    `SELECT source_id, count(*)::integer AS entries, sum(points)::integer AS points
       FROM loyalty_entry
      WHERE source = 'order' AND type = 'earn' AND deleted_at IS NULL
      GROUP BY source_id`
  )
  return new Map(rows.map((row) => [row.source_id, { entries: row.entries, points: row.points }]))
}

async function countEarnEntries(client) {
  const { rows } = await client.query(
    "SELECT count(*)::integer AS n FROM loyalty_entry WHERE source = 'order' AND type = 'earn' AND deleted_at IS NULL"
  )
  return rows[0].n
}

async function countPendingEntries(client) {
  const { rows } = await client.query(
    "SELECT count(*)::integer AS n FROM loyalty_entry WHERE status = 'pending' AND deleted_at IS NULL"
  )
  return rows[0].n
}

/**
 * Every account's kept balances beside the ones its ledger gives (the same
 * sums as the module's `ledgerBalances`).
 */
async function balancesAgainstLedger(client) {
  const { rows } = await client.query(
    `SELECT a.id,
            a.points_available AS kept_available,
            a.points_pending AS kept_pending,
            a.points_lifetime AS kept_lifetime,
            coalesce(sum(e.remaining) FILTER (WHERE e.status = 'available' AND e.remaining > 0), 0)::integer AS ledger_available,
            coalesce(sum(e.remaining) FILTER (WHERE e.status = 'pending' AND e.remaining > 0), 0)::integer AS ledger_pending,
            coalesce(sum(e.lifetime_points), 0)::integer AS ledger_lifetime,
            coalesce(sum(e.points), 0)::integer AS ledger_total
       FROM loyalty_account a
       LEFT JOIN loyalty_entry e ON e.account_id = a.id AND e.deleted_at IS NULL
      WHERE a.deleted_at IS NULL
      GROUP BY a.id`
  )
  return rows
}

/** Rows where the kept balances and the ledger disagree (or available + pending ≠ the sum). */
function ledgerMismatches(rows) {
  return rows.filter(
    (r) =>
      r.kept_available !== r.ledger_available ||
      r.kept_pending !== r.ledger_pending ||
      r.kept_lifetime !== r.ledger_lifetime ||
      r.kept_available + r.kept_pending !== r.ledger_total ||
      r.kept_available < 0
  )
}

/** Lets the pending days pass for every pending order entry. */
async function makePendingPointsDue(client) {
  const { rowCount } = await client.query(
    `UPDATE loyalty_entry SET available_at = now() - interval '1 minute'
      WHERE status = 'pending' AND source = 'order' AND deleted_at IS NULL`
  )
  return rowCount
}

/** A customer's account, its redeem entries and redemptions. */
async function redemptionState(client, customerId) {
  const {
    rows: [account],
  } = await client.query(
    `SELECT a.id, a.points_available, a.points_pending
       FROM loyalty_account a
       JOIN loyalty_account_member m ON m.account_id = a.id AND m.deleted_at IS NULL
      WHERE m.customer_id = $1 AND a.deleted_at IS NULL`,
    [customerId]
  )
  const { rows: redeemed } = await client.query(
    "SELECT points FROM loyalty_entry WHERE account_id = $1 AND type = 'redeem' AND deleted_at IS NULL",
    [account.id]
  )
  const { rows: redemptions } = await client.query(
    "SELECT code FROM loyalty_redemption WHERE account_id = $1 AND deleted_at IS NULL",
    [account.id]
  )
  return { account, redeemed, redemptions }
}

module.exports = {
  earnEntriesByOrder,
  countEarnEntries,
  countPendingEntries,
  balancesAgainstLedger,
  ledgerMismatches,
  makePendingPointsDue,
  redemptionState,
}
