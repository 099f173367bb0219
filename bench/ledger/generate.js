// @ts-check
"use strict"
/**
 * Generates the benchmark's data set-based in SQL: customers, one loyalty
 * account and member per customer, and a ledger over 18 months (or
 * `historyDays`).
 *
 * The entries are built in unlogged staging tables first (type, points,
 * FIFO `remaining`), in time order; the accounts get their kept balances
 * and tiers from the same staging rows. The real tables are loaded with
 * `INSERT … SELECT` in chunks while their secondary indexes and foreign
 * keys are dropped (bulk-load.js), and those are made again afterwards
 * with a large `maintenance_work_mem`. Then VACUUM and ANALYZE.
 *
 * Ids carry a BENCH marker and a zero-padded counter; like Medusa's ULIDs
 * they sort in creation order (entries are numbered in time order).
 *
 * Every phase's seconds are returned and logged as it ends.
 */
const { dropSecondaryIndexes, rebuildSecondaryIndexes } = require("./bulk-load")

const HISTORY_DAYS = 548 // 18 months
const PENDING_DAYS = 14
const EXPIRY_MONTHS = 12
const LOADED_TABLES = ["customer", "loyalty_account", "loyalty_account_member", "loyalty_entry"]
const CUSTOMER_CHUNK = 250_000
const ENTRY_CHUNK = 1_000_000

const FIRST_NAMES = [
  "Anna",
  "Erik",
  "Maria",
  "Lars",
  "Karin",
  "Johan",
  "Sara",
  "Per",
  "Emma",
  "Nils",
  "Ida",
  "Olof",
  "Elin",
  "Gustav",
  "Maja",
  "Oskar",
]
const LAST_NAMES = [
  "Andersson",
  "Johansson",
  "Karlsson",
  "Nilsson",
  "Eriksson",
  "Larsson",
  "Olsson",
  "Persson",
  "Svensson",
  "Gustafsson",
  "Pettersson",
  "Jonsson",
]

// Gold counts points of the last 12 months, so a Silver member's balance
// read also sums their recent entries (the next tier's points still needed).
const TIERS = [
  { id: "ltier_01BENCHSILVER", name: "Silver", min_points: 1500, basis: "lifetime", rank: 1 },
  { id: "ltier_01BENCHGOLD", name: "Gold", min_points: 2500, basis: "rolling_12_months", rank: 2 },
  { id: "ltier_01BENCHPLATINUM", name: "Platinum", min_points: 8000, basis: "lifetime", rank: 3 },
]

/** The table that says a generation finished, and how it was made. */
const MARKER_TABLE = "bench_ledger_generation"

/**
 * `cus_01BENCH000…0042`: a 30-character id like Medusa's, in creation order.
 * @param {string} prefix
 * @param {string} expr SQL of the number
 */
const idOf = (prefix, expr) => `'${prefix}_01BENCH' || lpad((${expr})::text, 19, '0')`

/**
 * When customer (and account) `i` joined: spread evenly from 30 days before
 * the history starts to 16 days ago, so every member's first earn (at least
 * 15 days old, so available) comes after they joined. `$now` is the
 * generation's clock, one value for every statement.
 * @param {string} expr SQL of `i`
 * @param {number} customers
 * @param {number} historyDays
 */
const joinedAt = (expr, customers, historyDays) =>
  `($now::timestamptz - make_interval(days => ${historyDays + 30})
     + make_interval(days => ${historyDays + 14}) * (((${expr}) - 1)::float8 / ${customers}))`

/**
 * Runs the generation on `client` (a connected `pg` Client on the migrated
 * bench database). Returns the seconds of each phase and row counts.
 * @param {import("pg").Client} client
 * @param {{ customers: number, entries: number, historyDays?: number, log?: (message: string) => void }} options
 */
async function generate(
  client,
  { customers, entries, historyDays = HISTORY_DAYS, log = () => {} }
) {
  if (entries < customers) {
    throw new Error("--entries must be at least --customers (every account gets a first earn)")
  }
  const now = new Date().toISOString()
  /** @type {{ phase: string, seconds: number }[]} */
  const timings = []
  /**
   * @template T
   * @param {string} label
   * @param {() => Promise<T>} run
   * @returns {Promise<T>}
   */
  const phase = async (label, run) => {
    const started = process.hrtime.bigint()
    log(`  ${label}…`)
    const value = await run()
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    timings.push({ phase: label, seconds })
    log(`  ${label}: ${seconds.toFixed(1)} s`)
    return value
  }
  // `$now` in the statements below is the generation's clock.
  /** @param {string} text */
  const sql = (text) => text.replace(/\$now\b/g, `'${now}'`)
  /**
   * Runs `run(from, to)` over 1…`total` in slices of `size`.
   * @param {string} label
   * @param {number} total
   * @param {number} size
   * @param {(from: number, to: number) => Promise<unknown>} run
   */
  const chunks = async (label, total, size, run) => {
    for (let from = 1; from <= total; from += size) {
      const to = Math.min(total, from + size - 1)
      await run(from, to)
      log(`    ${label}: ${to.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}`)
    }
  }

  // Reproducible random(): the same sizes give the same data (its dates
  // relative to the moment of generation).
  await client.query("SELECT setseed(0.20261125)")
  await client.query("SET work_mem = '256MB'")
  await client.query("SET maintenance_work_mem = '1GB'")
  // A lost last commit after a crash only means generating again.
  await client.query("SET synchronous_commit = off")

  // Made first and marked finished last: a generation cut short is not reused by --keep.
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${MARKER_TABLE} (
       generated_at timestamptz NOT NULL, customers int NOT NULL, entries int NOT NULL,
       history_days int NOT NULL, phases jsonb, finished boolean NOT NULL DEFAULT false)`
  )
  const dropped = await phase("drop secondary indexes and foreign keys", () =>
    dropSecondaryIndexes(client, LOADED_TABLES)
  )

  await phase("customers", () =>
    chunks("customers", customers, CUSTOMER_CHUNK, (from, to) =>
      client.query(
        sql(`INSERT INTO customer (id, email, first_name, last_name, has_account, created_at, updated_at)
             SELECT ${idOf("cus", "i")},
                    'bench-' || i || '@example.com',
                    ($3::text[])[1 + i % array_length($3::text[], 1)],
                    ($4::text[])[1 + (i / 7) % array_length($4::text[], 1)],
                    true, t, t
               FROM generate_series($1::int, $2::int) AS i,
                    LATERAL (SELECT ${joinedAt("i", customers, historyDays)} AS t) AS c
              ORDER BY i`),
        [from, to, FIRST_NAMES, LAST_NAMES]
      )
    )
  )

  // Staging: which account, what kind, when, and the raw points. The first
  // `customers` entries give every account an earn lot that is available,
  // between its joining and 15 days ago. Every other entry falls in the
  // history, more often lately (activity grows with the membership), and
  // goes to a member who had joined by then, so a member has entries in
  // proportion to how long they have been one.
  await phase("ledger staging (kinds, dates, points)", () =>
    client.query(
      sql(`DROP TABLE IF EXISTS bench_entry;
           CREATE UNLOGGED TABLE bench_entry AS
           WITH drawn AS (
             SELECT n, random() AS r, random() AS r2, random() AS r3, random() AS raw,
                    -- Drawn with a density growing as the membership does (linearly):
                    -- days since the first members joined, by the inverse of its CDF.
                    $now::timestamptz - make_interval(days => ${historyDays + 30})
                      + make_interval(days => 1) * sqrt(${30 * 30} + random() * ${(historyDays + 30) ** 2 - 30 * 30}) AS at
               FROM generate_series(1, ${entries}) AS n
           ),
           placed AS (
             SELECT n, r, r2, raw, at,
                    -- How many members had joined by \`at\` (joinedAt inverted), at least one.
                    greatest(1, least(${customers},
                      floor(extract(epoch FROM at - ($now::timestamptz - make_interval(days => ${historyDays + 30})))
                            / ${(historyDays + 14) * 86400} * ${customers})::int + 1)) AS joined_by,
                    r3
               FROM drawn
           )
           SELECT n,
                  CASE WHEN n <= ${customers} THEN n
                       ELSE 1 + floor(r3 * joined_by)::int END AS acct,
                  CASE WHEN n <= ${customers} THEN 'earn'
                       ELSE (ARRAY['earn','redeem','expire','adjust_plus','adjust_minus'])[
                              CASE WHEN r < 0.80 THEN 1 WHEN r < 0.90 THEN 2
                                   WHEN r < 0.96 THEN 3 WHEN r < 0.98 THEN 4 ELSE 5 END]
                  END AS kind,
                  CASE WHEN n <= ${customers}
                       THEN ${joinedAt("n", customers, historyDays)}
                            + ($now::timestamptz - make_interval(days => ${PENDING_DAYS + 1})
                               - ${joinedAt("n", customers, historyDays)}) * r2
                       ELSE at END AS created_at,
                  raw
             FROM placed`)
    )
  )

  // Positive lots get their points; a lot is pending until 14 days after it
  // was earned. The negative entries (redeem, expire, minus adjustments)
  // share up to 40 % of what the account has available, never more, and
  // take it from the oldest available lots first (FIFO `remaining`), so
  // every balance stays consistent: sum(points) = available + pending.
  // Rows are numbered (`seq`) and stored in time order.
  await phase("ledger points and FIFO remaining", async () => {
    await client.query(
      sql(`DROP TABLE IF EXISTS bench_entry_final;
           CREATE UNLOGGED TABLE bench_entry_final AS
           WITH base AS (
             SELECT n, acct, kind, created_at,
                    kind IN ('earn', 'adjust_plus') AS positive,
                    CASE WHEN kind = 'earn' THEN 50 + floor(raw * 450)::int
                         WHEN kind = 'adjust_plus' THEN 10 + floor(raw * 290)::int
                         ELSE 0 END AS lot_points,
                    CASE WHEN kind = 'earn' THEN created_at + make_interval(days => ${PENDING_DAYS})
                         ELSE created_at END AS available_at,
                    1 + raw AS weight
               FROM bench_entry
           ),
           lots AS (
             SELECT *, positive AND available_at > $now::timestamptz AS pending FROM base
           ),
           per_account AS (
             SELECT acct,
                    coalesce(sum(lot_points) FILTER (WHERE positive AND NOT pending), 0) AS available,
                    coalesce(sum(weight) FILTER (WHERE NOT positive), 0) AS weights
               FROM lots GROUP BY acct
           ),
           pointed AS (
             SELECT l.*,
                    CASE WHEN l.positive THEN l.lot_points
                         ELSE -greatest(1, floor(p.available * 0.4 * l.weight / p.weights))::int END AS points
               FROM lots l JOIN per_account p USING (acct)
           ),
           consumed AS (
             SELECT acct, -coalesce(sum(points) FILTER (WHERE NOT positive), 0) AS taken
               FROM pointed GROUP BY acct
           ),
           remaining AS (
             SELECT p.n, p.acct, p.kind, p.created_at, p.available_at, p.points, p.pending,
                    CASE WHEN NOT p.positive THEN 0
                         WHEN p.pending THEN p.points
                         ELSE greatest(0, least(p.points,
                                sum(p.points) FILTER (WHERE p.positive AND NOT p.pending)
                                  OVER (PARTITION BY p.acct ORDER BY p.created_at, p.n) - c.taken))
                    END::int AS remaining
               FROM pointed p JOIN consumed c USING (acct)
           )
           SELECT row_number() OVER (ORDER BY created_at, n)::int AS seq, *
             FROM remaining
            ORDER BY created_at, n`)
    )
    await client.query("CREATE INDEX ON bench_entry_final (seq)")
  })

  // The kept balances and tier of every account, from the same rows.
  await phase("settings, tiers, accounts and members (kept balances, tiers)", async () => {
    await client.query(
      sql(`DROP TABLE IF EXISTS bench_account;
           CREATE UNLOGGED TABLE bench_account AS
           SELECT acct,
                  coalesce(sum(remaining) FILTER (WHERE NOT pending AND remaining > 0), 0)::int AS available,
                  coalesce(sum(remaining) FILTER (WHERE pending AND remaining > 0), 0)::int AS pending,
                  coalesce(sum(points) FILTER (WHERE points > 0 AND NOT pending), 0)::int AS lifetime,
                  coalesce(sum(points) FILTER (WHERE points > 0 AND NOT pending
                                                 AND available_at > $now::timestamptz - interval '12 months'), 0)::int AS rolling
             FROM bench_entry_final
            GROUP BY acct`)
    )
    await client.query(
      `DELETE FROM loyalty_settings;
       INSERT INTO loyalty_settings (id, points_per_currency, pending_days, expiry_months, min_redeem)
       VALUES ('lset_01BENCH', '{"usd": 1}', ${PENDING_DAYS}, ${EXPIRY_MONTHS}, 0);
       INSERT INTO loyalty_tier (id, name, min_points, basis, rank)
       SELECT t.id, t.name, t.min_points, t.basis, t.rank
         FROM json_to_recordset('${JSON.stringify(TIERS)}') AS t(id text, name text, min_points int, basis text, rank int)`
    )
    // Member numbers: ten digits, unique (7919 is prime to 9·10⁹), not
    // sequential. The tier as `recomputeTiers` sets it: the highest whose
    // basis reaches its minimum.
    await chunks("accounts", customers, CUSTOMER_CHUNK, (from, to) =>
      client.query(
        sql(`INSERT INTO loyalty_account
               (id, member_number, status, points_available, points_pending, points_lifetime,
                tier_id, created_at, updated_at)
             SELECT ${idOf("lacc", "b.acct")},
                    (1000000000 + (b.acct::bigint * 7919) % 9000000000)::text,
                    'active', b.available, b.pending, b.lifetime,
                    (SELECT t.id FROM loyalty_tier t
                      WHERE t.deleted_at IS NULL
                        AND CASE t.basis WHEN 'lifetime' THEN b.lifetime ELSE b.rolling END >= t.min_points
                      ORDER BY t.rank DESC LIMIT 1),
                    j.joined, j.joined
               FROM bench_account b,
                    LATERAL (SELECT ${joinedAt("b.acct", customers, historyDays)} AS joined) j
              WHERE b.acct BETWEEN $1 AND $2
              ORDER BY b.acct`),
        [from, to]
      )
    )
    await chunks("members", customers, CUSTOMER_CHUNK, (from, to) =>
      client.query(
        `INSERT INTO loyalty_account_member (id, account_id, customer_id, joined_at, created_at, updated_at)
         SELECT 'lmem' || substr(id, 5), id, 'cus' || substr(id, 5), created_at, created_at, created_at
           FROM loyalty_account
          WHERE id BETWEEN ${idOf("lacc", "$1::int")} AND ${idOf("lacc", "$2::int")}
          ORDER BY id`,
        [from, to]
      )
    )
  })

  // The ledger's per-day summary is built once after the load, as a store
  // that bulk-loads entries would (src/scripts/rebuild-loyalty-entry-summary.ts),
  // not by its triggers chunk by chunk.
  await client.query("ALTER TABLE loyalty_entry DISABLE TRIGGER USER")
  await phase("loyalty_entry load (INSERT … SELECT in time order)", () =>
    chunks("entries", entries, ENTRY_CHUNK, (from, to) =>
      client.query(
        `INSERT INTO loyalty_entry
           (id, account_id, customer_id, type, points, status, available_at, expires_at,
            remaining, lifetime_points, source, source_id, idempotency_key, actor,
            description, created_at, updated_at)
         SELECT ${idOf("lent", "seq")},
                ${idOf("lacc", "acct")},
                ${idOf("cus", "acct")},
                CASE WHEN kind LIKE 'adjust%' THEN 'adjust' ELSE kind END,
                points,
                CASE WHEN pending THEN 'pending' ELSE 'available' END,
                available_at,
                CASE WHEN points > 0 THEN available_at + make_interval(months => ${EXPIRY_MONTHS}) END,
                remaining,
                CASE WHEN points > 0 AND NOT pending THEN points ELSE 0 END,
                CASE kind WHEN 'earn' THEN 'order' WHEN 'redeem' THEN 'redemption'
                          WHEN 'expire' THEN 'system' ELSE 'manual' END,
                CASE kind WHEN 'earn' THEN ${idOf("order", "seq")}
                          WHEN 'redeem' THEN ${idOf("lred", "seq")}
                          WHEN 'expire' THEN 'expire:' || to_char(created_at, 'YYYY-MM-DD') END,
                CASE kind WHEN 'earn' THEN 'order:' || ${idOf("order", "seq")} || ':earn'
                          ELSE 'bench:' || kind || ':' || seq END,
                CASE WHEN kind LIKE 'adjust%' THEN 'user_01BENCHSTAFF' END,
                CASE kind WHEN 'earn' THEN 'Order #' || seq
                          WHEN 'redeem' THEN 'Reward: 100 kr voucher'
                          WHEN 'expire' THEN 'Points expired'
                          WHEN 'adjust_plus' THEN 'Goodwill: delayed delivery'
                          ELSE 'Correction: duplicate booking' END,
                created_at, created_at
           FROM bench_entry_final
          WHERE seq BETWEEN $1 AND $2
          ORDER BY seq`,
        [from, to]
      )
    )
  )

  await phase("drop staging", () =>
    client.query("DROP TABLE bench_entry; DROP TABLE bench_entry_final; DROP TABLE bench_account")
  )
  // Before the indexes: a heap-only pass that marks the pages all-visible
  // (index-only scans need it), with no index to visit.
  await phase("VACUUM", () =>
    client.query(`VACUUM ${LOADED_TABLES.join(", ")}, loyalty_tier, loyalty_settings`)
  )
  const indexSeconds = await phase(
    `rebuild ${dropped.indexes.length} indexes and ${dropped.foreignKeys.length} foreign keys`,
    () => rebuildSecondaryIndexes(client, dropped, log)
  )
  await client.query("ALTER TABLE loyalty_entry ENABLE TRIGGER USER")
  await phase("per-day summary of the ledger (loyalty_entry_day_rebuild())", () =>
    client.query("SELECT loyalty_entry_day_rebuild()")
  )
  await phase("ANALYZE", () =>
    client.query(
      `ANALYZE ${LOADED_TABLES.join(", ")}, loyalty_entry_day, loyalty_tier, loyalty_settings`
    )
  )

  const counts = await describe(client)
  await client.query(
    `INSERT INTO ${MARKER_TABLE} (generated_at, customers, entries, history_days, phases, finished)
     VALUES ($1, $2, $3, $4, $5, true)`,
    [now, customers, entries, historyDays, JSON.stringify(timings)]
  )
  return { timings, indexSeconds, counts }
}

/**
 * @typedef {object} LedgerCounts
 * @property {number} customers
 * @property {number} accounts
 * @property {number} members
 * @property {number} entries
 * @property {number} pending_lots
 * @property {Date | null} first_entry_at
 * @property {Date | null} last_entry_at
 * @property {string} entry_table_size
 * @property {string} database_size
 */

/**
 * Row counts and sizes of the bench database.
 * @param {import("pg").Client} client
 * @returns {Promise<LedgerCounts>}
 */
async function describe(client) {
  const {
    rows: [counts],
  } = await client.query(
    `SELECT (SELECT count(*) FROM customer)::int AS customers,
            (SELECT count(*) FROM loyalty_account)::int AS accounts,
            (SELECT count(*) FROM loyalty_account_member)::int AS members,
            (SELECT count(*) FROM loyalty_entry)::int AS entries,
            (SELECT count(*) FROM loyalty_entry WHERE status = 'pending')::int AS pending_lots,
            (SELECT min(created_at) FROM loyalty_entry WHERE deleted_at IS NULL) AS first_entry_at,
            (SELECT max(created_at) FROM loyalty_entry WHERE deleted_at IS NULL) AS last_entry_at,
            pg_size_pretty(pg_total_relation_size('loyalty_entry')) AS entry_table_size,
            pg_size_pretty(pg_database_size(current_database())) AS database_size`
  )
  return counts
}

/**
 * A finished generation, as the marker table keeps it.
 * @typedef {object} GenerationRow
 * @property {Date} generated_at
 * @property {number} customers
 * @property {number} entries
 * @property {number} history_days
 * @property {{ phase: string, seconds: number }[]} phases
 * @property {boolean} finished
 */

/**
 * How the kept database was generated: `{ marked: false }` for a database
 * made before this table existed, the finished generation's row, or null
 * when a generation began and did not finish.
 * @param {import("pg").Client} client
 * @returns {Promise<{ marked: false } | ({ marked: true } & GenerationRow) | null>}
 */
async function generationOf(client) {
  const { rows } = await client.query(
    `SELECT to_regclass('public.${MARKER_TABLE}') IS NOT NULL AS present`
  )
  if (!rows[0].present) return { marked: false }
  /** @type {import("pg").QueryResult<GenerationRow>} */
  const { rows: made } = await client.query(
    `SELECT * FROM ${MARKER_TABLE} WHERE finished ORDER BY generated_at DESC LIMIT 1`
  )
  return made[0] ? { marked: true, ...made[0] } : null
}

/**
 * Accounts whose kept balances disagree with their ledger (the sums
 * `ledgerBalances` computes), or whose points do not add up to
 * available + pending. Both should be 0.
 * @param {import("pg").Client} client
 * @returns {Promise<{ kept_mismatch: number, total_mismatch: number, accounts_checked: number }>}
 */
async function checkBalances(client) {
  await client.query("SET work_mem = '256MB'")
  const {
    rows: [row],
  } = await client.query(
    `SELECT count(*) FILTER (WHERE a.points_available <> s.available
                                OR a.points_pending <> s.pending
                                OR a.points_lifetime <> s.lifetime)::int AS kept_mismatch,
            count(*) FILTER (WHERE s.total <> s.available + s.pending)::int AS total_mismatch,
            count(*)::int AS accounts_checked
       FROM loyalty_account a
       JOIN (SELECT account_id,
                    coalesce(sum(remaining) FILTER (WHERE status = 'available' AND remaining > 0), 0) AS available,
                    coalesce(sum(remaining) FILTER (WHERE status = 'pending' AND remaining > 0), 0) AS pending,
                    coalesce(sum(lifetime_points), 0) AS lifetime,
                    coalesce(sum(points), 0) AS total
               FROM loyalty_entry WHERE deleted_at IS NULL GROUP BY account_id) s ON s.account_id = a.id`
  )
  return row
}

module.exports = { generate, describe, generationOf, checkBalances, TIERS, HISTORY_DAYS }
