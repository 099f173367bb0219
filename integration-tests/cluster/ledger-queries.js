// @ts-check
/**
 * What the cluster test reads from (and, to let time pass, writes to) the
 * plugin's ledger, in SQL.
 */
"use strict"

/** @typedef {import("pg").Client} Client */

/**
 * Earn entries per order: `Map(order id → { entries, points })`.
 * @param {Client} client
 */
async function earnEntriesByOrder(client) {
  /** @type {import("pg").QueryResult<{ source_id: string, entries: number, points: number }>} */
  const { rows } = await client.query(
    `SELECT source_id, count(*)::integer AS entries, sum(points)::integer AS points
       FROM loyalty_entry
      WHERE source = 'order' AND type = 'earn' AND deleted_at IS NULL
      GROUP BY source_id`
  )
  return new Map(rows.map((row) => [row.source_id, { entries: row.entries, points: row.points }]))
}

/**
 * @param {Client} client
 * @returns {Promise<number>}
 */
async function countEarnEntries(client) {
  const { rows } = await client.query(
    "SELECT count(*)::integer AS n FROM loyalty_entry WHERE source = 'order' AND type = 'earn' AND deleted_at IS NULL"
  )
  return rows[0].n
}

/**
 * @param {Client} client
 * @returns {Promise<number>}
 */
async function countPendingEntries(client) {
  const { rows } = await client.query(
    "SELECT count(*)::integer AS n FROM loyalty_entry WHERE status = 'pending' AND deleted_at IS NULL"
  )
  return rows[0].n
}

/**
 * Every account's kept balances beside the ones its ledger gives (the same
 * sums as the module's `ledgerBalances`).
 * @param {Client} client
 * @returns {Promise<BalanceRow[]>}
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

/**
 * An account's kept balances and its ledger's.
 * @typedef {object} BalanceRow
 * @property {string} id
 * @property {number} kept_available
 * @property {number} kept_pending
 * @property {number} kept_lifetime
 * @property {number} ledger_available
 * @property {number} ledger_pending
 * @property {number} ledger_lifetime
 * @property {number} ledger_total
 */

/**
 * Rows where the kept balances and the ledger disagree (or available + pending ≠ the sum).
 * @param {BalanceRow[]} rows
 */
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

/**
 * Lets the pending days pass for every pending order entry.
 * @param {Client} client
 */
async function makePendingPointsDue(client) {
  const { rowCount } = await client.query(
    `UPDATE loyalty_entry SET available_at = now() - interval '1 minute'
      WHERE status = 'pending' AND source = 'order' AND deleted_at IS NULL`
  )
  return rowCount
}

/**
 * A customer's account, its redeem entries and redemptions.
 * @param {Client} client
 * @param {string} customerId
 */
async function redemptionState(client, customerId) {
  /** @type {import("pg").QueryResult<{ id: string, points_available: number, points_pending: number }>} */
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
