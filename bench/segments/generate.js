// @ts-check
"use strict"
/**
 * Generates the segments benchmark's data set-based in SQL, after
 * `medusa db:migrate`: what a store three years old holds.
 *
 * - two regions (Sweden/sek, Europe/eur), two sales channels;
 * - 200 products in six collections and a two-level category tree, one to
 *   four variants each, with sek and eur prices (price sets, prices, links);
 * - customers (created over three years, ids in creation order; emails on
 *   a dozen domains; ~60 % with an account; metadata with
 *   `marketing_consent` true / false / absent, some metadata null);
 * - orders over three years with a realistic skew: a quarter of the
 *   customers never order, the rest order at lognormal rates (a few
 *   hundred orders for the heaviest), scaled by how long they have been
 *   customers, and about a third lapse at some point and stop ordering.
 *   Each order has its `order_summary` (totals as Medusa 2.21 writes them),
 *   one to four `order_line_item`s and their `order_item`s. About 3 % of the
 *   orders were edited (version 2: a second set of `order_item` rows and a
 *   second summary, the older ones kept, as Medusa keeps them), 2 % are
 *   canceled and 0.5 % are draft orders;
 * - customer groups (Newsletter, Wholesale, Staff) and four customer flags
 *   (VIP, Staff, Press, Do not contact) with their mirror groups, active
 *   assignments and some ended ones (removed), mirror-group members = the
 *   active assignments;
 * - loyalty settings, three tiers and accounts (with one member each) for
 *   about half of the customers, points from what they spent, tiers by
 *   lifetime points. The points ledger is left empty: segments read the
 *   accounts' kept balances only.
 *
 * Staging tables (`bench_*`, unlogged) are dropped at the end. Ids carry a
 * BENCH marker and a zero-padded counter; like Medusa's ULIDs they sort in
 * creation order (orders are numbered by `created_at`).
 */

const {
  BULK_TABLES,
  FACT_TABLES,
  dropSecondaryIndexes,
  restoreIndexes,
  onTables,
} = require("./bulk-load")

const HISTORY_DAYS = 1095 // three years
const PRODUCTS = 200
/** Orders per line-id block: line ids are `order number · 4 + line`. */
const MAX_LINES = 4
/** SEK per EUR, for points and prices. */
const SEK_PER_EUR = 11.5
/** One point per 10 SEK (or per EUR) spent. */
const POINTS_PER_SEK = 0.1

const REGIONS = {
  sek: { id: "reg_01BENCHSWEDEN", name: "Sweden", countries: ["se"] },
  eur: { id: "reg_01BENCHEUROPE", name: "Europe", countries: ["de", "fi", "fr", "nl"] },
}
const SALES_CHANNELS = [
  { id: "sc_01BENCHWEBSHOP", name: "Webshop" },
  { id: "sc_01BENCHSTORES", name: "Stores" },
]
const COLLECTIONS = [
  { id: "pcol_01BENCHOUTDOOR", title: "Outdoor", handle: "outdoor" },
  { id: "pcol_01BENCHKITCHEN", title: "Kitchen", handle: "kitchen" },
  { id: "pcol_01BENCHKIDS", title: "Kids", handle: "kids" },
  { id: "pcol_01BENCHBEAUTY", title: "Beauty", handle: "beauty" },
  { id: "pcol_01BENCHELECTRONICS", title: "Electronics", handle: "electronics" },
  { id: "pcol_01BENCHSALE", title: "Sale", handle: "sale" },
]
// Two parents with children, and two top-level categories.
const CATEGORIES = [
  { id: "pcat_01BENCHCLOTHING", name: "Clothing", parent: null },
  { id: "pcat_01BENCHJACKETS", name: "Jackets", parent: "pcat_01BENCHCLOTHING" },
  { id: "pcat_01BENCHSHOES", name: "Shoes", parent: "pcat_01BENCHCLOTHING" },
  { id: "pcat_01BENCHHOME", name: "Home", parent: null },
  { id: "pcat_01BENCHCOOKWARE", name: "Cookware", parent: "pcat_01BENCHHOME" },
  { id: "pcat_01BENCHTEXTILES", name: "Textiles", parent: "pcat_01BENCHHOME" },
  { id: "pcat_01BENCHTOYS", name: "Toys", parent: null },
  { id: "pcat_01BENCHGADGETS", name: "Gadgets", parent: null },
]
const LEAF_CATEGORIES = CATEGORIES.filter((c) => !CATEGORIES.some((d) => d.parent === c.id)).map(
  (c) => c.id
)

const GROUPS = [
  { id: "cusgroup_01BENCHNEWSLETTER", name: "Newsletter" },
  { id: "cusgroup_01BENCHWHOLESALE", name: "Wholesale" },
  { id: "cusgroup_01BENCHSTAFF", name: "Staff" },
]
const FLAGS = [
  {
    id: "cflag_01BENCHVIP",
    name: "VIP",
    abbreviation: "VIP",
    icon: "star",
    color: "orange",
    display: "popup",
    group: "cusgroup_01BENCHFLAGVIP",
  },
  {
    id: "cflag_01BENCHSTAFF",
    name: "Staff",
    abbreviation: "ST",
    icon: "users",
    color: "blue",
    display: "card",
    group: "cusgroup_01BENCHFLAGSTAFF",
  },
  {
    id: "cflag_01BENCHPRESS",
    name: "Press",
    abbreviation: "PR",
    icon: "newspaper",
    color: "purple",
    display: "overview",
    group: "cusgroup_01BENCHFLAGPRESS",
  },
  {
    id: "cflag_01BENCHNOCONTACT",
    name: "Do not contact",
    abbreviation: "DNC",
    icon: "ban",
    color: "red",
    display: "popup",
    group: "cusgroup_01BENCHFLAGNOCONTACT",
  },
]
const TIERS = [
  { id: "ltier_01BENCHSILVER", name: "Silver", min_points: 1000, basis: "lifetime", rank: 1 },
  { id: "ltier_01BENCHGOLD", name: "Gold", min_points: 3000, basis: "lifetime", rank: 2 },
  { id: "ltier_01BENCHPLATINUM", name: "Platinum", min_points: 8000, basis: "lifetime", rank: 3 },
]

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
  "Lena",
  "Jonas",
  "Hanna",
  "Mikael",
  "Sofia",
  "Lukas",
  "Julia",
  "Felix",
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
  "Müller",
  "Schmidt",
  "Virtanen",
  "Dubois",
  "de Vries",
]
// Domain and its share of customers (cumulative in SQL).
/** @type {[string, number][]} */
const DOMAINS = [
  ["gmail.com", 0.3],
  ["hotmail.com", 0.14],
  ["outlook.com", 0.1],
  ["icloud.com", 0.08],
  ["yahoo.com", 0.05],
  ["telia.com", 0.07],
  ["live.se", 0.05],
  ["gmx.de", 0.06],
  ["bahnhof.se", 0.03],
  ["acme-bygg.se", 0.04],
  ["nordicfoods.com", 0.04],
  ["example.org", 0.04],
]
const ADJECTIVES = [
  "Alpine",
  "Classic",
  "Urban",
  "Nordic",
  "Cozy",
  "Bright",
  "Rugged",
  "Smart",
  "Soft",
  "Pure",
]
const NOUNS = [
  "Jacket",
  "Boot",
  "Pan",
  "Blanket",
  "Lamp",
  "Backpack",
  "Kettle",
  "Scarf",
  "Speaker",
  "Cream",
  "Puzzle",
  "Tent",
  "Mug",
  "Sweater",
  "Charger",
  "Towel",
  "Helmet",
  "Knife",
  "Pillow",
  "Watch",
]
const SIZES = ["S", "M", "L", "XL"]

/**
 * `cus_01BENCH000…0042`: a 30-character id like Medusa's, in creation order.
 * @param {string} prefix
 * @param {string} expr SQL of the number
 */
const idOf = (prefix, expr) => `'${prefix}_01BENCH' || lpad((${expr})::text, 19, '0')`
/** @param {readonly (string | number)[]} values */
const textArray = (values) =>
  `ARRAY[${values.map((v) => `'${String(v).replace(/'/g, "''")}'`).join(", ")}]::text[]`
/** @param {unknown} value */
const literal = (value) => `'${JSON.stringify(value).replace(/'/g, "''")}'::jsonb`

/**
 * Medusa's `order_summary.totals` for an order of `total` (2.21 writes these
 * keys, each with a `raw_` twin {value, precision: 20}); `paid` is what was
 * captured. One jsonb_build_object per row: aggregating the keys from a
 * VALUES list took four times as long (2,034 s of a 10M-order load).
 */
const TOTAL_KEYS = [
  ["paid_total", "paid"],
  ["refunded_total", "0"],
  ["accounting_total", "total"],
  ["credit_line_total", "0"],
  ["transaction_total", "paid"],
  ["pending_difference", "total - paid"],
  ["current_order_total", "total"],
  ["original_order_total", "total"],
]
const TOTALS_FUNCTION = `
CREATE OR REPLACE FUNCTION pg_temp.bench_totals(total numeric, paid numeric) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object(${TOTAL_KEYS.map(
    ([key, value]) =>
      `'${key}', trim_scale(${value}), 'raw_${key}', jsonb_build_object('value', trim_scale(${value})::text, 'precision', 20)`
  ).join(",\n    ")})
$$`

/** @param {string} expr */
const rawQty = (expr) => `jsonb_build_object('value', (${expr})::text, 'precision', 20)`

/**
 * Writes the orders staged in `bench_order` (n, customer_id, email,
 * currency, created_at, status, is_draft, canceled_at, version) and
 * `bench_line` (n, l, variant…, unit_price, qty, in_v2, qty_v2) into
 * Medusa's order tables: order, order_summary (one per version),
 * order_line_item, order_item (one set per version).
 * @param {Step} step
 */
async function writeOrders(step) {
  await step(
    "order",
    `INSERT INTO "order" (id, region_id, display_id, customer_id, version, sales_channel_id, status,
                          is_draft_order, email, currency_code, no_notification, created_at, updated_at, canceled_at)
     SELECT ${idOf("order", "o.n")},
            CASE o.currency WHEN 'sek' THEN '${REGIONS.sek.id}' ELSE '${REGIONS.eur.id}' END,
            o.n, o.customer_id, o.version, o.sales_channel_id, o.status::order_status_enum,
            o.is_draft, o.email, o.currency, false, o.created_at,
            coalesce(o.canceled_at, o.created_at), o.canceled_at
       FROM bench_order o
      ORDER BY o.n`
  )
  await step(
    "order_summary",
    `WITH totals AS (
       SELECT n,
              sum(unit_price * qty) AS total_v1,
              sum(unit_price * qty_v2) FILTER (WHERE in_v2) AS total_v2
         FROM bench_line GROUP BY n
     )
     INSERT INTO order_summary (id, order_id, version, totals, created_at, updated_at)
     SELECT ${idOf("ordsum", "o.n * 2 + v.version - 1")}, ${idOf("order", "o.n")}, v.version,
            pg_temp.bench_totals(v.total, CASE WHEN o.status IN ('completed', 'archived') THEN v.total ELSE 0 END),
            o.created_at + make_interval(days => v.version - 1), o.created_at + make_interval(days => v.version - 1)
       FROM bench_order o
       JOIN totals t USING (n)
       CROSS JOIN LATERAL (VALUES (1, t.total_v1), (2, t.total_v2)) AS v(version, total)
      WHERE v.version <= o.version
      ORDER BY o.n, v.version`
  )
  await step(
    "order_line_item",
    `INSERT INTO order_line_item (id, title, subtitle, variant_id, product_id, product_title, product_collection,
                                  product_handle, variant_sku, variant_title, requires_shipping, is_discountable,
                                  is_tax_inclusive, unit_price, raw_unit_price, metadata, is_custom_price,
                                  is_giftcard, created_at, updated_at)
     SELECT ${idOf("ordli", `l.n * ${MAX_LINES} + l.l`)}, l.product_title, l.variant_title, l.variant_id, l.product_id,
            l.product_title, l.collection_title, l.product_handle, l.sku, l.variant_title, true, true,
            false, l.unit_price, jsonb_build_object('value', trim_scale(l.unit_price)::text, 'precision', 20),
            '{}'::jsonb, false, false, o.created_at, o.created_at
       FROM bench_line l JOIN bench_order o USING (n)
      ORDER BY l.n, l.l`
  )
  await step(
    "order_item",
    `INSERT INTO order_item (id, order_id, version, item_id, quantity, raw_quantity,
                             fulfilled_quantity, raw_fulfilled_quantity, shipped_quantity, raw_shipped_quantity,
                             delivered_quantity, raw_delivered_quantity, return_requested_quantity,
                             return_received_quantity, return_dismissed_quantity, written_off_quantity,
                             metadata, created_at, updated_at)
     SELECT ${idOf("orditem", `l.n * ${2 * MAX_LINES} + (v.version - 1) * ${MAX_LINES} + l.l`)},
            ${idOf("order", "l.n")}, v.version, ${idOf("ordli", `l.n * ${MAX_LINES} + l.l`)},
            v.qty, ${rawQty("v.qty")},
            f.done, ${rawQty("f.done")}, f.done, ${rawQty("f.done")}, f.done, ${rawQty("f.done")},
            0, 0, 0, 0, '{}'::jsonb,
            o.created_at + make_interval(days => v.version - 1), o.created_at + make_interval(days => v.version - 1)
       FROM bench_line l
       JOIN bench_order o USING (n)
       CROSS JOIN LATERAL (VALUES (1, l.qty, true), (2, l.qty_v2, l.in_v2)) AS v(version, qty, present)
       CROSS JOIN LATERAL (SELECT CASE WHEN o.status IN ('completed', 'archived') THEN v.qty ELSE 0 END AS done) f
      WHERE v.version <= o.version AND v.present
      ORDER BY l.n, v.version, l.l`
  )
}

/**
 * Lines for the orders in `bench_order` whose n is above `fromN`: one to
 * four lines (45/30/15/10 %), popular variants more often (index r²),
 * quantity 1–3; `collectionShare` of the orders' first line is forced into
 * `collectionId` (the change step uses it). Edited orders (version 2) lose
 * their last line, or gain one on a single line.
 * @param {number | string} fromN
 * @param {{ collectionId?: string | null, collectionShare?: number }} [options]
 */
const STAGE_LINES = (fromN, { collectionId = null, collectionShare = 0 } = {}) => `
  INSERT INTO bench_line
  SELECT s.n, s.l, v.variant_id, v.product_id, v.product_title, v.product_handle, v.collection_title,
         v.sku, v.variant_title,
         CASE s.currency WHEN 'sek' THEN v.price_sek ELSE v.price_eur END AS unit_price,
         s.qty,
         s.version = 2 AND (s.lines = 1 OR s.l < s.lines) AS in_v2,
         CASE WHEN s.version = 2 AND s.lines = 1 THEN s.qty + 1 ELSE s.qty END AS qty_v2
    FROM (
      SELECT o.n, o.currency, o.version, o.lines, l,
             CASE WHEN l = 1 AND ${collectionId ? `random() < ${collectionShare}` : "false"}
                  THEN (SELECT vi FROM bench_variant WHERE collection_id = ${collectionId ? `'${collectionId}'` : "NULL"}
                         ORDER BY vi OFFSET (o.n % 5) LIMIT 1)
                  ELSE 1 + floor((SELECT count(*) FROM bench_variant) * random() ^ 2)::int END AS vi,
             CASE WHEN q < 0.8 THEN 1 WHEN q < 0.95 THEN 2 ELSE 3 END AS qty
        FROM bench_order o
        CROSS JOIN LATERAL generate_series(1, o.lines) AS l
        CROSS JOIN LATERAL (SELECT random() + l * 0 AS q) r
       WHERE o.n > ${fromN}
    ) s
    JOIN bench_variant v USING (vi)`

const STAGING = ["bench_variant", "bench_customer", "bench_order_raw", "bench_order", "bench_line"]

/**
 * One timed statement of the generation.
 * @typedef {(label: string, sql: string, params?: unknown[]) => Promise<import("pg").QueryResult>} Step
 */

/**
 * Sets the session up for bulk writes; `step` runs a statement and keeps its seconds in `timings`.
 * @param {import("pg").Client} client
 * @param {(message: string) => void} log
 */
async function stepper(client, log) {
  /** @type {{ step: string, seconds: number }[]} */
  const timings = []
  /** @type {Step} */
  const step = async (label, sql, params = []) => {
    const started = process.hrtime.bigint()
    const result = await client.query(sql, params)
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    timings.push({ step: label, seconds })
    log(`  ${label}: ${seconds.toFixed(1)} s`)
    return result
  }
  await client.query("SET work_mem = '256MB'")
  await client.query("SET maintenance_work_mem = '512MB'")
  await client.query("SET synchronous_commit = off")
  await client.query(TOTALS_FUNCTION)
  return { step, timings }
}

/** The variants with their prices, numbered (vi) in a shuffled order: popularity is index². */
const STAGE_VARIANTS = `
  DROP TABLE IF EXISTS bench_variant;
  CREATE UNLOGGED TABLE bench_variant AS
  SELECT row_number() OVER (ORDER BY md5(v.id))::int AS vi,
         v.id AS variant_id, p.id AS product_id, p.title AS product_title, p.handle AS product_handle,
         p.collection_id, c.title AS collection_title, v.sku, v.title AS variant_title,
         ps.amount AS price_sek, pe.amount AS price_eur
    FROM product_variant v
    JOIN product p ON p.id = v.product_id
    LEFT JOIN product_collection c ON c.id = p.collection_id
    JOIN product_variant_price_set l ON l.variant_id = v.id
    JOIN price ps ON ps.price_set_id = l.price_set_id AND ps.currency_code = 'sek'
    JOIN price pe ON pe.price_set_id = l.price_set_id AND pe.currency_code = 'eur'
   WHERE v.id LIKE 'variant\\_01BENCH%';
  CREATE UNIQUE INDEX ON bench_variant (vi)`

/**
 * Runs the generation on `client` (a connected `pg` Client on the bench
 * database, migrated). Returns the seconds each part took and row counts,
 * and `factIndexes`: the order facts' secondary indexes, dropped for the
 * rebuild that writes the facts next and to build with restoreIndexes
 * after it (see bulk-load.js).
 * @param {import("pg").Client} client
 * @param {{ customers: number, orders: number, log?: (message: string) => void }} options
 */
async function generate(client, { customers, orders, log = () => {} }) {
  const { step, timings } = await stepper(client, log)
  // Secondary indexes and foreign keys are built after the load.
  const dropped = await dropSecondaryIndexes(client, [...BULK_TABLES, ...FACT_TABLES])
  // Reproducible random(): the same sizes give the same data.
  await client.query("SELECT setseed(0.20261125)")
  for (const table of STAGING) await client.query(`DROP TABLE IF EXISTS ${table}`)

  const regions = Object.entries(REGIONS).map(([currency_code, r]) => ({ ...r, currency_code }))
  await step(
    "regions, sales channels",
    `INSERT INTO region (id, name, currency_code, automatic_taxes, created_at, updated_at)
     SELECT r.id, r.name, r.currency_code, true, now() - interval '${HISTORY_DAYS + 30} days', now() - interval '${HISTORY_DAYS + 30} days'
       FROM jsonb_to_recordset(${literal(regions)}) AS r(id text, name text, currency_code text);
     UPDATE region_country rc SET region_id = r.id, updated_at = now()
       FROM jsonb_to_recordset(${literal(regions)}) AS r(id text, countries text[])
      WHERE rc.iso_2 = ANY(r.countries);
     INSERT INTO sales_channel (id, name, description, is_disabled, created_at, updated_at)
     SELECT s.id, s.name, s.name || ' (bench)', false, now() - interval '${HISTORY_DAYS + 30} days', now() - interval '${HISTORY_DAYS + 30} days'
       FROM jsonb_to_recordset(${literal(SALES_CHANNELS)}) AS s(id text, name text)`
  )

  await step(
    "collections, categories, products, variants, prices",
    `INSERT INTO product_collection (id, title, handle, created_at, updated_at)
     SELECT c.id, c.title, c.handle, now() - interval '${HISTORY_DAYS + 30} days', now() - interval '${HISTORY_DAYS + 30} days'
       FROM jsonb_to_recordset(${literal(COLLECTIONS)}) AS c(id text, title text, handle text);

     INSERT INTO product_category (id, name, description, handle, mpath, is_active, is_internal, rank,
                                   parent_category_id, created_at, updated_at)
     SELECT c.id, c.name, '', lower(c.name), coalesce(c.parent || '.', '') || c.id, true, false,
            row_number() OVER (PARTITION BY c.parent ORDER BY c.ord) - 1, c.parent,
            now() - interval '${HISTORY_DAYS + 30} days', now() - interval '${HISTORY_DAYS + 30} days'
       FROM jsonb_to_recordset(${literal(CATEGORIES.map((c, ord) => ({ ...c, ord })))})
            AS c(id text, name text, parent text, ord int)
      ORDER BY c.parent NULLS FIRST, c.ord;

     INSERT INTO product (id, title, handle, subtitle, description, is_giftcard, status, collection_id,
                          discountable, created_at, updated_at)
     SELECT ${idOf("prod", "i")}, t.title, lower(replace(t.title, ' ', '-')) || '-' || i, NULL,
            'Benchmark product ' || i, false, 'published',
            CASE WHEN i % 10 = 0 THEN NULL
                 ELSE (${textArray(COLLECTIONS.map((c) => c.id))})[1 + i % ${COLLECTIONS.length}] END,
            true, t.created_at, t.created_at
       FROM generate_series(1, ${PRODUCTS}) AS i,
            LATERAL (SELECT (${textArray(ADJECTIVES)})[1 + i % ${ADJECTIVES.length}] || ' ' ||
                            (${textArray(NOUNS)})[1 + (i / 3) % ${NOUNS.length}] AS title,
                            now() - interval '${HISTORY_DAYS + 30} days' + make_interval(hours => i) AS created_at) t;

     INSERT INTO product_category_product (product_id, product_category_id)
     SELECT ${idOf("prod", "i")}, (${textArray(LEAF_CATEGORIES)})[1 + i % ${LEAF_CATEGORIES.length}]
       FROM generate_series(1, ${PRODUCTS}) AS i
     UNION
     SELECT ${idOf("prod", "i")}, (${textArray(LEAF_CATEGORIES)})[1 + (i / 2) % ${LEAF_CATEGORIES.length}]
       FROM generate_series(1, ${PRODUCTS}) AS i WHERE i % 2 = 0;

     INSERT INTO product_sales_channel (id, product_id, sales_channel_id, created_at, updated_at)
     SELECT ${idOf("prodsc", "i * 2 + s.k")}, ${idOf("prod", "i")}, s.id, now(), now()
       FROM generate_series(1, ${PRODUCTS}) AS i,
            (VALUES (0, '${SALES_CHANNELS[0].id}'), (1, '${SALES_CHANNELS[1].id}')) AS s(k, id);

     CREATE TEMP TABLE bench_new_variant ON COMMIT DROP AS
     SELECT i, k, (i - 1) * 4 + k AS v,
            -- 99–1,299 SEK; each size a little dearer.
            (99 + ((i * 379) % 1200) / 10 * 10 + (k - 1) * 50)::numeric AS sek
       FROM generate_series(1, ${PRODUCTS}) AS i, generate_series(1, 1 + i % 4) AS k;

     INSERT INTO product_variant (id, title, sku, allow_backorder, manage_inventory, variant_rank, product_id,
                                  created_at, updated_at)
     SELECT ${idOf("variant", "v")}, (${textArray(SIZES)})[k], 'BENCH-' || i || '-' || (${textArray(SIZES)})[k], false, false,
            k - 1, ${idOf("prod", "i")}, now() - interval '${HISTORY_DAYS + 30} days', now() - interval '${HISTORY_DAYS + 30} days'
       FROM bench_new_variant;
     INSERT INTO price_set (id, created_at, updated_at)
     SELECT ${idOf("pset", "v")}, now(), now() FROM bench_new_variant;
     INSERT INTO product_variant_price_set (id, variant_id, price_set_id, created_at, updated_at)
     SELECT ${idOf("pvps", "v")}, ${idOf("variant", "v")}, ${idOf("pset", "v")}, now(), now() FROM bench_new_variant;
     INSERT INTO price (id, price_set_id, currency_code, amount, raw_amount, rules_count, created_at, updated_at)
     SELECT ${idOf("price", "v * 2 + p.k")}, ${idOf("pset", "v")}, p.currency_code, p.amount,
            jsonb_build_object('value', trim_scale(p.amount)::text, 'precision', 20), 0, now(), now()
       FROM bench_new_variant,
            LATERAL (VALUES (0, 'sek', sek), (1, 'eur', round(sek / ${SEK_PER_EUR}) - 0.05)) AS p(k, currency_code, amount)`
  )
  await step("variant staging", STAGE_VARIANTS)

  // Customers: staged with their order rate (weight) and the day they stop
  // ordering (lapsed customers), then written to `customer`.
  const domainCases = (() => {
    let cumulative = 0
    return (
      DOMAINS.map(([domain, share]) => {
        cumulative += share
        return `WHEN rd < ${cumulative.toFixed(4)} THEN '${domain}'`
      }).join(" ") + ` ELSE '${DOMAINS[0][0]}'`
    )
  })()
  await step(
    "customers (staging: rates, home currency, lapse)",
    `CREATE UNLOGGED TABLE bench_customer AS
     SELECT i, ${idOf("cus", "i")} AS id, created_at,
            lower(translate(first_name || '.' || last_name, 'üé ', 'ue')) || '.' || i || '@' || domain AS email,
            first_name, last_name, domain,
            CASE WHEN rc < 0.7 THEN 'sek' ELSE 'eur' END AS home,
            -- A quarter never order; the rest at a lognormal rate (σ 1.2),
            -- scaled by the share of the three years they have been customers.
            CASE WHEN rb < 0.25 THEN 0
                 ELSE exp(1.2 * sqrt(-2 * ln(1 - r1)) * cos(2 * pi() * r2))
                      * greatest(0.03, extract(epoch FROM now() - created_at) / ${HISTORY_DAYS * 86400}) END AS weight,
            -- About a third of the buyers lapse at some point and stop ordering.
            CASE WHEN rl < 0.33 THEN created_at + (now() - created_at) * rl2 ELSE now() END AS active_until,
            ra < 0.6 AS has_account,
            rm, rp, rg, rk
       FROM (
         SELECT i,
                now() - make_interval(days => ${HISTORY_DAYS}) * (1 - i::float8 / $1::int)
                      - make_interval(mins => 1) AS created_at,
                ($2::text[])[1 + i % array_length($2::text[], 1)] AS first_name,
                ($3::text[])[1 + (i / 7) % array_length($3::text[], 1)] AS last_name,
                random() AS rd, random() AS rc, random() AS rb, random() AS r1, random() AS r2,
                random() AS rl, random() AS rl2, random() AS ra, random() AS rm, random() AS rp, random() AS rg, random() AS rk
           FROM generate_series(1, $1::int) AS i
       ) s,
       LATERAL (SELECT CASE ${domainCases} END AS domain) d`,
    [customers, FIRST_NAMES, LAST_NAMES]
  )
  await client.query("CREATE UNIQUE INDEX ON bench_customer (i)")

  await step(
    "customer",
    `INSERT INTO customer (id, company_name, first_name, last_name, email, phone, has_account, metadata,
                           created_at, updated_at)
     SELECT id,
            CASE WHEN domain IN ('acme-bygg.se', 'nordicfoods.com') THEN initcap(split_part(domain, '.', 1)) END,
            first_name, last_name, email,
            CASE WHEN rp < 0.4 THEN '+46 70 ' || lpad((i % 10000000)::text, 7, '0') END,
            has_account,
            CASE WHEN rm < 0.1 THEN NULL
                 ELSE jsonb_strip_nulls(jsonb_build_object(
                        -- consent: 45 % true, 35 % false, the rest never asked (key absent)
                        'marketing_consent', CASE WHEN rm < 0.55 THEN true WHEN rm < 0.9 THEN false END,
                        'source', CASE WHEN rp < 0.7 THEN 'webshop' ELSE 'store' END,
                        'favourite_store', CASE WHEN rp >= 0.7 THEN 'Stockholm' END)) END,
            created_at, created_at
       FROM bench_customer ORDER BY i`
  )

  // Orders per customer: the weights' running share of all orders, so the
  // total is exactly --orders.
  await step(
    "orders (staging: customer, date, currency, status, version, lines)",
    `CREATE UNLOGGED TABLE bench_order_raw AS
     WITH cum AS (
       SELECT i, sum(weight) OVER (ORDER BY i) AS upto FROM bench_customer
     ),
     counts AS (
       SELECT i,
              floor(coalesce(lag(upto) OVER (ORDER BY i), 0) / max(upto) OVER () * $1::bigint)::bigint AS lo,
              floor(upto / max(upto) OVER () * $1::bigint)::bigint AS hi
         FROM cum
     )
     SELECT c.id AS customer_id, c.email, c.i,
            c.created_at + (c.active_until - c.created_at) * random() AS created_at,
            CASE WHEN random() < 0.95 THEN c.home WHEN c.home = 'sek' THEN 'eur' ELSE 'sek' END AS currency,
            random() AS rs, random() AS rv, random() AS rn, random() AS rc
       FROM counts k
       JOIN bench_customer c USING (i)
       CROSS JOIN LATERAL generate_series(k.lo + 1, k.hi) AS g`,
    [orders]
  )
  await step(
    "orders (numbered by date)",
    `CREATE UNLOGGED TABLE bench_order AS
     SELECT row_number() OVER (ORDER BY created_at, i)::bigint AS n,
            customer_id, email, currency, created_at,
            CASE WHEN rs < 0.005 THEN 'draft'
                 WHEN rs < 0.025 THEN 'canceled'
                 WHEN created_at > now() - interval '14 days' THEN 'pending'
                 WHEN created_at < now() - interval '2 years' AND rs > 0.9 THEN 'archived'
                 ELSE 'completed' END AS status,
            rs < 0.005 AS is_draft,
            CASE WHEN rs >= 0.005 AND rs < 0.025 THEN least(now(), created_at + interval '1 day') END AS canceled_at,
            CASE WHEN rs >= 0.005 AND rv < 0.03 THEN 2 ELSE 1 END AS version,
            CASE WHEN rn < 0.45 THEN 1 WHEN rn < 0.75 THEN 2 WHEN rn < 0.9 THEN 3 ELSE 4 END AS lines,
            CASE WHEN rc < 0.8 THEN '${SALES_CHANNELS[0].id}' ELSE '${SALES_CHANNELS[1].id}' END AS sales_channel_id
       FROM bench_order_raw;
     CREATE UNIQUE INDEX ON bench_order (n);
     DROP TABLE bench_order_raw`
  )
  await client.query(`CREATE UNLOGGED TABLE bench_line (
      n bigint, l int, variant_id text, product_id text, product_title text, product_handle text,
      collection_title text, sku text, variant_title text, unit_price numeric, qty int,
      in_v2 boolean, qty_v2 int)`)
  await step("order lines (staging: variants, quantities, edits)", STAGE_LINES(0))
  await client.query("CREATE INDEX ON bench_line (n)")
  await writeOrders(step)
  await client.query(`SELECT setval('order_display_id_seq', (SELECT max(display_id) FROM "order"))`)

  await step(
    "customer groups and members",
    `INSERT INTO customer_group (id, name, created_at, updated_at)
     SELECT g.id, g.name, now() - interval '${HISTORY_DAYS} days', now() - interval '${HISTORY_DAYS} days'
       FROM jsonb_to_recordset(${literal([
         ...GROUPS,
         ...FLAGS.map((f) => ({ id: f.group, name: `Flag: ${f.name}` })),
       ])}) AS g(id text, name text);
     INSERT INTO customer_group_customer (id, customer_id, customer_group_id, created_at, updated_at)
     SELECT ${idOf("cusgc", "c.i * 8 + g.k")}, c.id, g.id, c.created_at, c.created_at
       FROM bench_customer c
       JOIN (VALUES (0, '${GROUPS[0].id}', 0.0, 0.30), (1, '${GROUPS[1].id}', 0.30, 0.32),
                    (2, '${GROUPS[2].id}', 0.32, 0.325)) AS g(k, id, lo, hi)
         ON c.rg >= g.lo AND c.rg < g.hi`
  )

  // Flags: VIP for the heaviest buyers (top 2.5 % by rate) and a few others;
  // Staff = the Staff group; Press and Do not contact at random. One in
  // five of the active assignments follows an earlier one that was removed.
  await step(
    "customer flags",
    `INSERT INTO customer_flag (id, name, abbreviation, icon, color, display, expiry_type, description,
                                customer_group_id, created_at, updated_at)
     SELECT f.id, f.name, f.abbreviation, f.icon, f.color, f.display, 'none', f.name || ' (bench)', f."group",
            now() - interval '${HISTORY_DAYS} days', now() - interval '${HISTORY_DAYS} days'
       FROM jsonb_to_recordset(${literal(FLAGS)})
            AS f(id text, name text, abbreviation text, icon text, color text, display text, "group" text)`
  )
  await step(
    "customer flag assignments",
    `CREATE TEMP TABLE bench_flagged AS
     WITH ranked AS (
       SELECT c.*, percent_rank() OVER (ORDER BY weight DESC) AS heavy FROM bench_customer c
     )
     SELECT row_number() OVER (ORDER BY flag, i) AS k, i, id, created_at, flag, random() AS r FROM (
       SELECT i, id, created_at, '${FLAGS[0].id}' AS flag FROM ranked WHERE heavy < 0.025 OR rp < 0.005
       UNION ALL
       SELECT i, id, created_at, '${FLAGS[1].id}' FROM ranked WHERE rg >= 0.32 AND rg < 0.325
       UNION ALL
       SELECT i, id, created_at, '${FLAGS[2].id}' FROM ranked WHERE rm > 0.998
       UNION ALL
       SELECT i, id, created_at, '${FLAGS[3].id}' FROM ranked WHERE rm BETWEEN 0.9 AND 0.91
     ) s;
     -- Ended assignments first (removed by staff), then the active ones.
     INSERT INTO customer_flag_assignment (id, flag_id, customer_id, source, assigned_by, assigned_at, note,
                                           removed_at, removed_by, removal_reason, created_at, updated_at)
     SELECT ${idOf("cflagasg", "k * 2")}, flag, id, 'manual', 'user_01BENCHSTAFF', a.at, 'Earlier period',
            a.at + (now() - a.at) * 0.3, 'user_01BENCHSTAFF', 'removed', a.at, a.at + (now() - a.at) * 0.3
       FROM bench_flagged, LATERAL (SELECT created_at + (now() - created_at) * r * 0.5 AS at) a
      WHERE r < 0.2;
     INSERT INTO customer_flag_assignment (id, flag_id, customer_id, source, assigned_by, assigned_at,
                                           created_at, updated_at)
     SELECT ${idOf("cflagasg", "k * 2 + 1")}, flag, id, 'manual', 'user_01BENCHSTAFF', a.at, a.at, a.at
       FROM bench_flagged, LATERAL (SELECT created_at + (now() - created_at) * (0.6 + 0.4 * r) AS at) a;
     INSERT INTO customer_group_customer (id, customer_id, customer_group_id, created_at, updated_at)
     SELECT ${idOf("cusgc", "k * 8 + 7")}, b.id, f.customer_group_id, now(), now()
       FROM bench_flagged b JOIN customer_flag f ON f.id = b.flag;
     DROP TABLE bench_flagged`
  )

  // Loyalty: accounts for customers with an account (85 % of them); points
  // from what they spent on orders that were not canceled or drafts.
  await step(
    "loyalty settings, tiers, accounts, members",
    `DELETE FROM loyalty_settings;
     INSERT INTO loyalty_settings (id, points_per_currency, pending_days, expiry_months, min_redeem)
     VALUES ('lset_01BENCH', '{"sek": ${POINTS_PER_SEK}, "eur": ${POINTS_PER_SEK * SEK_PER_EUR}}', 14, NULL, 0);
     INSERT INTO loyalty_tier (id, name, min_points, basis, rank)
     SELECT t.id, t.name, t.min_points, t.basis, t.rank
       FROM jsonb_to_recordset(${literal(TIERS)}) AS t(id text, name text, min_points int, basis text, rank int);

     CREATE TEMP TABLE bench_points AS
     SELECT c.i, c.id, c.created_at, c.rp,
            coalesce(floor(sum(s.total) * ${POINTS_PER_SEK}), 0)::int AS lifetime
       FROM bench_customer c
       LEFT JOIN (
         SELECT o.customer_id,
                l.unit_price * l.qty * CASE o.currency WHEN 'eur' THEN ${SEK_PER_EUR} ELSE 1 END AS total
           FROM bench_order o JOIN bench_line l USING (n)
          WHERE o.status NOT IN ('canceled', 'draft')
       ) s ON s.customer_id = c.id
      WHERE c.has_account AND c.rk < 0.85
      GROUP BY c.i, c.id, c.created_at, c.rp;
     INSERT INTO loyalty_account (id, member_number, status, points_available, points_pending, points_lifetime,
                                  tier_id, created_at, updated_at)
     SELECT ${idOf("lacc", "i")}, (1000000000 + (i::bigint * 7919) % 9000000000)::text, 'active',
            floor(lifetime * (0.2 + 0.8 * rp))::int, 0, lifetime,
            (SELECT t.id FROM loyalty_tier t WHERE t.min_points <= lifetime ORDER BY t.rank DESC LIMIT 1),
            created_at, now()
       FROM bench_points;
     INSERT INTO loyalty_account_member (id, account_id, customer_id, joined_at, created_at, updated_at)
     SELECT ${idOf("lmem", "i")}, ${idOf("lacc", "i")}, id, created_at, created_at, created_at
       FROM bench_points;
     DROP TABLE bench_points`
  )

  for (const table of STAGING) await client.query(`DROP TABLE IF EXISTS ${table}`)
  // All but the facts' (foreign keys from other tables to these included).
  const factIndexes = onTables(dropped, FACT_TABLES)
  await restoreIndexes(step, {
    indexes: dropped.indexes.filter((i) => !factIndexes.indexes.includes(i)),
    foreignKeys: dropped.foreignKeys.filter((f) => !factIndexes.foreignKeys.includes(f)),
  })
  await step(
    "VACUUM ANALYZE",
    `VACUUM (ANALYZE) customer, customer_group, customer_group_customer, "order", order_summary, order_item,
       order_line_item, product, product_variant, product_collection, product_category, product_category_product,
       customer_flag, customer_flag_assignment, loyalty_account, loyalty_account_member, loyalty_tier`
  )
  return { timings, counts: await counts(client), factIndexes }
}

/**
 * @typedef {object} SegmentCounts
 * @property {number} customers
 * @property {number} orders
 * @property {number} orders_placed
 * @property {number} customers_with_orders
 * @property {number} orders_edited
 * @property {number} order_summaries
 * @property {number} order_line_items
 * @property {number} order_items
 * @property {number} products
 * @property {number} variants
 * @property {number} group_members
 * @property {number} active_flag_assignments
 * @property {number} loyalty_accounts
 * @property {string} order_tables_size
 * @property {string} database_size
 */

/**
 * Row counts and the size of the order tables.
 * @param {import("pg").Client} client
 * @returns {Promise<SegmentCounts>}
 */
async function counts(client) {
  const {
    rows: [row],
  } = await client.query(
    `SELECT (SELECT count(*) FROM customer WHERE id LIKE 'cus\\_01BENCH%')::int AS customers,
            (SELECT count(*) FROM "order")::int AS orders,
            (SELECT count(*) FROM "order" WHERE customer_id IS NOT NULL AND status NOT IN ('canceled', 'draft'))::int AS orders_placed,
            (SELECT count(DISTINCT customer_id) FROM "order")::int AS customers_with_orders,
            (SELECT count(*) FROM "order" WHERE version > 1)::int AS orders_edited,
            (SELECT count(*) FROM order_summary)::int AS order_summaries,
            (SELECT count(*) FROM order_line_item)::int AS order_line_items,
            (SELECT count(*) FROM order_item)::int AS order_items,
            (SELECT count(*) FROM product WHERE id LIKE 'prod\\_01BENCH%')::int AS products,
            (SELECT count(*) FROM product_variant WHERE id LIKE 'variant\\_01BENCH%')::int AS variants,
            (SELECT count(*) FROM customer_group_customer)::int AS group_members,
            (SELECT count(*) FROM customer_flag_assignment WHERE removed_at IS NULL)::int AS active_flag_assignments,
            (SELECT count(*) FROM loyalty_account)::int AS loyalty_accounts,
            pg_size_pretty(pg_total_relation_size('"order"') + pg_total_relation_size('order_summary')
                           + pg_total_relation_size('order_item') + pg_total_relation_size('order_line_item')) AS order_tables_size,
            pg_size_pretty(pg_database_size(current_database())) AS database_size`
  )
  return row
}

/**
 * The change between the second and third refresh, in one transaction:
 * - one new order (placed in the last two hours, 2–4 lines, the first
 *   from collection `collectionId` in half of them) for 1 % of the
 *   customers (every customer whose number ends in 37), in their home
 *   currency, with points credited and tiers recomputed for those with an
 *   account;
 * - the VIP flag for 0.2 % of the customers who lack it, and taken from
 *   every tenth VIP (removed, mirror group left).
 * Returns what it changed.
 * @param {import("pg").Client} client
 * @param {{ collectionId: string, vipFlagId: string, log?: (message: string) => void }} options
 */
async function applyChange(client, { collectionId, vipFlagId, log = () => {} }) {
  const { step, timings } = await stepper(client, log)
  await client.query("BEGIN")
  try {
    for (const table of STAGING) await client.query(`DROP TABLE IF EXISTS ${table}`)
    await client.query(STAGE_VARIANTS)
    const {
      rows: [{ from_n: fromN }],
    } = await client.query(`SELECT coalesce(max(display_id), 0)::bigint AS from_n FROM "order"`)
    await step(
      "new orders for 1 % of the customers (staging)",
      `CREATE UNLOGGED TABLE bench_order AS
       SELECT ${Number(fromN)}::bigint + row_number() OVER (ORDER BY c.id) AS n,
              c.id AS customer_id, c.email,
              coalesce(r.currency_code, 'sek') AS currency,
              now() - interval '2 hours' * random() AS created_at,
              'pending' AS status, false AS is_draft, NULL::timestamptz AS canceled_at, 1 AS version,
              2 + floor(random() * 3)::int AS lines, '${SALES_CHANNELS[0].id}' AS sales_channel_id
         FROM customer c
         -- The currency they order in most; deleted_at IS NULL lets the
         -- partial index on customer_id serve it (without it: 100 s).
         LEFT JOIN LATERAL (SELECT mode() WITHIN GROUP (ORDER BY o.currency_code) AS currency_code
                              FROM "order" o WHERE o.customer_id = c.id AND o.deleted_at IS NULL) r ON true
        WHERE c.id LIKE 'cus\\_01BENCH%' AND c.id LIKE '%37' AND c.deleted_at IS NULL;
       CREATE UNLOGGED TABLE bench_line (
         n bigint, l int, variant_id text, product_id text, product_title text, product_handle text,
         collection_title text, sku text, variant_title text, unit_price numeric, qty int,
         in_v2 boolean, qty_v2 int)`
    )
    await step(
      "new order lines (staging)",
      STAGE_LINES(fromN, { collectionId, collectionShare: 0.5 })
    )
    await writeOrders(step)
    await client.query(
      `SELECT setval('order_display_id_seq', (SELECT max(display_id) FROM "order"))`
    )
    await step(
      "points for the new orders, tiers",
      `WITH earned AS (
         SELECT o.customer_id,
                floor(sum(l.unit_price * l.qty * CASE o.currency WHEN 'eur' THEN ${SEK_PER_EUR} ELSE 1 END)
                      * ${POINTS_PER_SEK})::int AS points
           FROM bench_order o JOIN bench_line l USING (n) GROUP BY o.customer_id
       )
       UPDATE loyalty_account a
          SET points_available = a.points_available + e.points,
              points_lifetime = a.points_lifetime + e.points,
              tier_id = (SELECT t.id FROM loyalty_tier t
                          WHERE t.deleted_at IS NULL AND t.min_points <= a.points_lifetime + e.points
                          ORDER BY t.rank DESC LIMIT 1),
              updated_at = now()
         FROM earned e JOIN loyalty_account_member m ON m.customer_id = e.customer_id AND m.deleted_at IS NULL
        WHERE a.id = m.account_id`
    )
    const flagged = await step(
      "VIP flag given to 0.2 %, taken from every tenth VIP",
      `WITH removed AS (
         UPDATE customer_flag_assignment
            SET removed_at = now(), removed_by = 'user_01BENCHSTAFF', removal_reason = 'removed', updated_at = now()
          WHERE flag_id = $1 AND removed_at IS NULL AND deleted_at IS NULL AND customer_id LIKE '%3'
         RETURNING customer_id
       ),
       left_group AS (
         DELETE FROM customer_group_customer g
          USING removed r, customer_flag f
          WHERE f.id = $1 AND g.customer_group_id = f.customer_group_id AND g.customer_id = r.customer_id
       ),
       candidates AS (
         SELECT c.id, row_number() OVER (ORDER BY c.id) AS k
           FROM customer c
          WHERE c.id LIKE 'cus\\_01BENCH%' AND c.id LIKE '%11' AND substr(c.id, length(c.id) - 2, 1) IN ('0', '5')
            AND NOT EXISTS (SELECT 1 FROM customer_flag_assignment a
                             WHERE a.flag_id = $1 AND a.customer_id = c.id AND a.removed_at IS NULL AND a.deleted_at IS NULL)
       ),
       added AS (
         INSERT INTO customer_flag_assignment (id, flag_id, customer_id, source, assigned_by, assigned_at, created_at, updated_at)
         SELECT 'cflagasg_01BENCHCHANGE' || lpad((extract(epoch FROM now())::bigint % 100000)::text, 5, '0')
                || lpad(k::text, 9, '0'), $1, id, 'manual', 'user_01BENCHSTAFF', now(), now(), now()
           FROM candidates
         RETURNING customer_id
       ),
       joined_group AS (
         INSERT INTO customer_group_customer (id, customer_id, customer_group_id, created_at, updated_at)
         SELECT 'cusgc_01BENCHCHANGE' || md5(a.customer_id || clock_timestamp()::text), a.customer_id, f.customer_group_id, now(), now()
           FROM added a, customer_flag f WHERE f.id = $1
       )
       SELECT (SELECT count(*) FROM removed)::int AS vip_removed, (SELECT count(*) FROM added)::int AS vip_added`,
      [vipFlagId]
    )
    /** @type {import("pg").QueryResult<{ orders_added: number, customers_with_new_orders: number, lines_added: number }>} */
    const {
      rows: [changed],
    } = await client.query(
      `SELECT count(*)::int AS orders_added, count(DISTINCT customer_id)::int AS customers_with_new_orders,
              (SELECT count(*) FROM bench_line)::int AS lines_added
         FROM bench_order`
    )
    for (const table of STAGING) await client.query(`DROP TABLE IF EXISTS ${table}`)
    await client.query("COMMIT")
    await client.query(
      `ANALYZE "order", order_summary, order_item, order_line_item, customer_flag_assignment, loyalty_account`
    )
    /** @type {{ vip_removed: number, vip_added: number }} */
    const flags = flagged.rows[0]
    return { ...changed, ...flags, timings }
  } catch (error) {
    await client.query("ROLLBACK")
    throw error
  }
}

module.exports = {
  generate,
  stepper,
  restoreIndexes,
  applyChange,
  counts,
  REGIONS,
  SALES_CHANNELS,
  COLLECTIONS,
  CATEGORIES,
  FLAGS,
  TIERS,
  GROUPS,
}
