"use strict"
/**
 * Generates the benchmark's data set-based in SQL: customers, one loyalty
 * account and member per customer, and a ledger spread over 18 months.
 *
 * The entries are built in an unlogged staging table first (type, points,
 * FIFO `remaining`), then copied into `loyalty_entry` in one INSERT in
 * time order, so the real table and its indexes are written once. The
 * accounts' kept balances are then summed from the entries, and tiers
 * set the way `recomputeTiers` sets them.
 *
 * Ids carry a BENCH marker and a zero-padded counter; like Medusa's ULIDs
 * they sort in creation order.
 */

const HISTORY_DAYS = 548 // 18 months
const PENDING_DAYS = 14
const EXPIRY_MONTHS = 12

const FIRST_NAMES = [
  "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Per", "Emma",
  "Nils", "Ida", "Olof", "Elin", "Gustav", "Maja", "Oskar",
]
const LAST_NAMES = [
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
  "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson",
]

// Gold counts points of the last 12 months, so a Silver member's balance
// read also sums their recent entries (the next tier's points still needed).
const TIERS = [
  { id: "ltier_01BENCHSILVER", name: "Silver", min_points: 1500, basis: "lifetime", rank: 1 },
  { id: "ltier_01BENCHGOLD", name: "Gold", min_points: 2500, basis: "rolling_12_months", rank: 2 },
  { id: "ltier_01BENCHPLATINUM", name: "Platinum", min_points: 8000, basis: "lifetime", rank: 3 },
]

/** `cus_01BENCH000…0042`: a 30-character id like Medusa's, in creation order. */
const idOf = (prefix, expr) => `'${prefix}_01BENCH' || lpad((${expr})::text, 19, '0')`

/**
 * Runs the generation on `client` (a connected `pg` Client on the bench
 * database). Returns the seconds each part took and row counts.
 */
async function generate(client, { customers, entries, log = () => {} }) {
  if (entries < customers) {
    throw new Error("--entries must be at least --customers (every account gets a first earn)")
  }
  const timings = []
  const step = async (label, sql, params = []) => {
    const started = process.hrtime.bigint()
    const result = await client.query(sql, params)
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    timings.push({ step: label, seconds })
    log(`  ${label}: ${seconds.toFixed(1)} s`)
    return result
  }

  // Reproducible random(): the same sizes give the same data.
  await client.query("SELECT setseed(0.20261125)")
  await client.query("SET work_mem = '256MB'")
  await client.query("SET maintenance_work_mem = '512MB'")

  await step(
    "customers",
    `INSERT INTO customer (id, email, first_name, last_name, has_account, created_at, updated_at)
     SELECT ${idOf("cus", "i")},
            'bench-' || i || '@example.com',
            ($2::text[])[1 + i % array_length($2::text[], 1)],
            ($3::text[])[1 + (i / 7) % array_length($3::text[], 1)],
            true, t, t
       FROM generate_series(1, $1::int) AS i,
            LATERAL (SELECT now() - make_interval(days => ${HISTORY_DAYS + 30})
                            + make_interval(days => ${HISTORY_DAYS + 30}) * (i::float8 / $1::int) AS t) AS c`,
    [customers, FIRST_NAMES, LAST_NAMES]
  )

  // Member numbers: ten digits, unique (7919 is prime to 9·10⁹), not sequential.
  await step(
    "loyalty accounts + members",
    `WITH accounts AS (
       INSERT INTO loyalty_account (id, member_number, status, created_at, updated_at)
       SELECT ${idOf("lacc", "i")},
              (1000000000 + (i::bigint * 7919) % 9000000000)::text,
              'active', c.created_at, c.created_at
         FROM generate_series(1, $1::int) AS i
         JOIN customer c ON c.id = ${idOf("cus", "i")}
       RETURNING id, created_at
     )
     INSERT INTO loyalty_account_member (id, account_id, customer_id, joined_at, created_at, updated_at)
     SELECT 'lmem' || substr(id, 5), id, 'cus' || substr(id, 5), created_at, created_at, created_at
       FROM accounts`,
    [customers]
  )

  // Staging: which account, what kind, when, and the raw points. The first
  // `customers` entries give every account an earn lot that is available.
  await step(
    "ledger staging (kinds, dates, points)",
    `DROP TABLE IF EXISTS bench_entry;
     CREATE UNLOGGED TABLE bench_entry AS
     SELECT n, acct, kind, created_at, raw
       FROM (
         SELECT n,
                CASE WHEN n <= ${customers} THEN n
                     ELSE 1 + floor(random() * ${customers})::int END AS acct,
                CASE WHEN n <= ${customers} THEN 'earn'
                     ELSE (ARRAY['earn','redeem','expire','adjust_plus','adjust_minus'])[
                            CASE WHEN r < 0.80 THEN 1 WHEN r < 0.90 THEN 2
                                 WHEN r < 0.96 THEN 3 WHEN r < 0.98 THEN 4 ELSE 5 END]
                END AS kind,
                CASE WHEN n <= ${customers}
                     THEN now() - make_interval(days => ${PENDING_DAYS + 1})
                          - make_interval(days => ${HISTORY_DAYS - PENDING_DAYS - 1}) * random()
                     ELSE now() - make_interval(days => ${HISTORY_DAYS}) * random() END AS created_at,
                random() AS raw
           FROM (SELECT n, random() AS r FROM generate_series(1, ${entries}) AS n) g
       ) s`
  )

  // Positive lots get their points; a lot is pending until 14 days after it
  // was earned. The negative entries (redeem, expire, minus adjustments)
  // share up to 40 % of what the account has available, never more, so
  // every balance stays consistent: sum(points) = available + pending.
  await step(
    "ledger points and FIFO remaining",
    `CREATE UNLOGGED TABLE bench_entry_final AS
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
       SELECT *, positive AND available_at > now() AS pending FROM base
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
     )
     SELECT p.n, p.acct, p.kind, p.created_at, p.available_at, p.points, p.pending,
            CASE WHEN NOT p.positive THEN 0
                 WHEN p.pending THEN p.points
                 ELSE greatest(0, least(p.points,
                        sum(p.points) FILTER (WHERE p.positive AND NOT p.pending)
                          OVER (PARTITION BY p.acct ORDER BY p.created_at, p.n) - c.taken))
            END::int AS remaining
       FROM pointed p JOIN consumed c USING (acct)`
  )

  await step(
    "loyalty_entry insert",
    `INSERT INTO loyalty_entry
       (id, account_id, customer_id, type, points, status, available_at, expires_at,
        remaining, lifetime_points, source, source_id, idempotency_key, actor,
        description, created_at, updated_at)
     SELECT ${idOf("lent", "n")},
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
            CASE kind WHEN 'earn' THEN ${idOf("order", "n")}
                      WHEN 'redeem' THEN ${idOf("lred", "n")}
                      WHEN 'expire' THEN 'expire:' || to_char(created_at, 'YYYY-MM-DD') END,
            CASE kind WHEN 'earn' THEN 'order:' || ${idOf("order", "n")} || ':earn'
                      ELSE 'bench:' || kind || ':' || n END,
            CASE WHEN kind LIKE 'adjust%' THEN 'user_01BENCHSTAFF' END,
            CASE kind WHEN 'earn' THEN 'Order #' || n
                      WHEN 'redeem' THEN 'Reward: 100 kr voucher'
                      WHEN 'expire' THEN 'Points expired'
                      WHEN 'adjust_plus' THEN 'Goodwill: delayed delivery'
                      ELSE 'Correction: duplicate booking' END,
            created_at, created_at
       FROM bench_entry_final
      ORDER BY created_at, n`
  )

  await step(
    "kept balances (one UPDATE … FROM … GROUP BY)",
    `UPDATE loyalty_account a
        SET points_available = s.available,
            points_pending = s.pending,
            points_lifetime = s.lifetime
       FROM (SELECT account_id,
                    coalesce(sum(remaining) FILTER (WHERE status = 'available' AND remaining > 0), 0) AS available,
                    coalesce(sum(remaining) FILTER (WHERE status = 'pending' AND remaining > 0), 0) AS pending,
                    coalesce(sum(lifetime_points), 0) AS lifetime
               FROM loyalty_entry
              WHERE deleted_at IS NULL
              GROUP BY account_id) s
      WHERE a.id = s.account_id`
  )

  await step(
    "settings, tiers and tier of every account",
    `DELETE FROM loyalty_settings;
     INSERT INTO loyalty_settings (id, points_per_currency, pending_days, expiry_months, min_redeem)
     VALUES ('lset_01BENCH', '{"usd": 1}', ${PENDING_DAYS}, ${EXPIRY_MONTHS}, 0);
     INSERT INTO loyalty_tier (id, name, min_points, basis, rank)
     SELECT t.id, t.name, t.min_points, t.basis, t.rank
       FROM json_to_recordset('${JSON.stringify(TIERS)}') AS t(id text, name text, min_points int, basis text, rank int);
     UPDATE loyalty_account a
        SET tier_id = (SELECT t.id FROM loyalty_tier t
                        WHERE CASE t.basis WHEN 'lifetime' THEN a.points_lifetime ELSE r.rolling END >= t.min_points
                        ORDER BY t.rank DESC LIMIT 1)
       FROM (SELECT account_id, sum(lifetime_points) FILTER (
                      WHERE coalesce(available_at, created_at) > now() - interval '12 months') AS rolling
               FROM loyalty_entry GROUP BY account_id) r
      WHERE r.account_id = a.id`
  )

  await step("drop staging", "DROP TABLE bench_entry; DROP TABLE bench_entry_final")
  await step(
    "VACUUM ANALYZE",
    "VACUUM (ANALYZE) customer, loyalty_account, loyalty_account_member, loyalty_entry, loyalty_tier, loyalty_settings"
  )

  const {
    rows: [counts],
  } = await client.query(
    `SELECT (SELECT count(*) FROM customer)::int AS customers,
            (SELECT count(*) FROM loyalty_account)::int AS accounts,
            (SELECT count(*) FROM loyalty_account_member)::int AS members,
            (SELECT count(*) FROM loyalty_entry)::int AS entries,
            (SELECT count(*) FROM loyalty_entry WHERE type = 'earn' AND remaining > 0)::int AS open_earn_lots,
            (SELECT pg_size_pretty(pg_total_relation_size('loyalty_entry'))) AS entry_table_size`
  )
  return { timings, counts }
}

/**
 * Accounts whose kept balances disagree with their ledger (the sums
 * `ledgerBalances` computes), or whose points do not add up to
 * available + pending. Both should be 0.
 */
async function checkBalances(client) {
  const {
    rows: [row],
  } = await client.query(
    `SELECT count(*) FILTER (WHERE a.points_available <> s.available
                                OR a.points_pending <> s.pending
                                OR a.points_lifetime <> s.lifetime)::int AS kept_mismatch,
            count(*) FILTER (WHERE s.total <> s.available + s.pending)::int AS total_mismatch
       FROM loyalty_account a
       JOIN (SELECT account_id,
                    coalesce(sum(remaining) FILTER (WHERE status = 'available' AND remaining > 0), 0) AS available,
                    coalesce(sum(remaining) FILTER (WHERE status = 'pending' AND remaining > 0), 0) AS pending,
                    coalesce(sum(lifetime_points), 0) AS lifetime,
                    coalesce(sum(points), 0) AS total
               FROM loyalty_entry GROUP BY account_id) s ON s.account_id = a.id`
  )
  return row
}

module.exports = { generate, checkBalances, TIERS }
