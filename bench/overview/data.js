// @ts-check
"use strict"
/**
 * What the customer overview reads beyond the segments benchmark's data
 * (bench/segments/generate.js): B2B profiles with company names, and the
 * store's default currency set to SEK (most of the generated orders are in
 * SEK). Set-based, on a migrated and generated bench database.
 */

/** Customers on these domains are companies; a few others too. */
const BUSINESS_DOMAINS = {
  "acme-bygg.se": ["Acme Bygg AB", "Acme Bygg Syd AB", "Acme Bygg Norr AB"],
  "nordicfoods.com": ["Nordic Foods AB", "Nordic Foods Oy", "Nordic Foods GmbH"],
  "example.org": ["Example Trading", "Example Logistics", "Example Consulting"],
}
const OTHER_COMPANIES = [
  "Lind & Berg HB",
  "Sjöberg Design",
  "Café Kungsgatan",
  "Virtanen Tools",
  "de Vries Import",
]

/** @param {unknown} value */
const literal = (value) => `'${JSON.stringify(value).replace(/'/g, "''")}'::jsonb`

/**
 * Adds the B2B profiles and the store's currencies; returns the seconds of
 * each step and the counts.
 * @param {import("pg").Client} client
 * @param {{ log?: (message: string) => void }} [options]
 */
async function addOverviewData(client, { log = () => {} } = {}) {
  /** @type {{ step: string, seconds: number }[]} */
  const timings = []
  /**
   * @param {string} label
   * @param {string} sql
   */
  const step = async (label, sql) => {
    const started = process.hrtime.bigint()
    const result = await client.query(sql)
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    timings.push({ step: label, seconds })
    log(`  ${label}: ${seconds.toFixed(1)} s`)
    return result
  }
  await step(
    "business profiles",
    `INSERT INTO customer_business_profile (id, customer_id, company, organisation_number, currency_code,
                                            max_payment_days, risk_rating, created_at, updated_at)
     SELECT 'cbiz_01BENCH' || lpad(row_number() OVER (ORDER BY c.id)::text, 19, '0'), c.id,
            coalesce(
              (SELECT (array_agg(name))[1 + (hashtext(c.id) & 1023) % count(*)::int]
                 FROM jsonb_to_recordset(${literal(
                   Object.entries(BUSINESS_DOMAINS).flatMap(([domain, names]) =>
                     names.map((name) => ({ domain, name }))
                   )
                 )}) AS d(domain text, name text)
                WHERE d.domain = split_part(c.email, '@', 2)),
              (${`ARRAY[${OTHER_COMPANIES.map((n) => `'${n.replace(/'/g, "''")}'`).join(", ")}]`})
                [1 + (hashtext(c.id) & 1023) % ${OTHER_COMPANIES.length}]
            ),
            lpad(((hashtext(c.id) & 2147483647) % 1000000)::text, 6, '0') || '-' || lpad(((hashtext(c.id) & 2147483647) % 10000)::text, 4, '0'),
            'sek', 30, (ARRAY['low', 'medium', 'high'])[1 + (hashtext(c.id) & 1023) % 3], c.created_at, c.created_at
       FROM customer c
      WHERE c.deleted_at IS NULL
        AND (split_part(c.email, '@', 2) = ANY(${`ARRAY[${Object.keys(BUSINESS_DOMAINS)
          .map((d) => `'${d}'`)
          .join(", ")}]`})
             OR (hashtext(c.id) & 1023) < 20)`
  )
  // Most bench orders are in SEK: the store's default currency is SEK. A
  // store made here is one the defaults loader of \`medusa start\` keeps
  // (it creates one, with EUR, only when there is none).
  await step(
    "store with default currency sek",
    `INSERT INTO store (id, name, created_at, updated_at)
     SELECT 'store_01BENCH', 'Bench store', now(), now()
      WHERE NOT EXISTS (SELECT 1 FROM store WHERE deleted_at IS NULL);
     UPDATE store_currency SET is_default = (currency_code = 'sek'), updated_at = now()
      WHERE deleted_at IS NULL;
     INSERT INTO store_currency (id, currency_code, is_default, store_id, created_at, updated_at)
     SELECT 'stocur_01BENCH' || upper(c.code) || s.id, c.code, c.code = 'sek', s.id, now(), now()
       FROM store s CROSS JOIN (VALUES ('sek'), ('eur')) AS c(code)
      WHERE s.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM store_currency sc
                         WHERE sc.store_id = s.id AND sc.currency_code = c.code AND sc.deleted_at IS NULL)`
  )
  await step("ANALYZE", "ANALYZE customer_business_profile")
  /** @type {import("pg").QueryResult<{ business_profiles: number, store_currencies: string | null }>} */
  const {
    rows: [row],
  } = await client.query(
    `SELECT (SELECT count(*) FROM customer_business_profile WHERE deleted_at IS NULL)::int AS business_profiles,
            (SELECT string_agg(sc.currency_code || CASE WHEN sc.is_default THEN ' (default)' ELSE '' END, ', ')
               FROM store_currency sc WHERE sc.deleted_at IS NULL) AS store_currencies`
  )
  return { timings, counts: row }
}

module.exports = { addOverviewData, BUSINESS_DOMAINS }
