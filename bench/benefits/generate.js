// @ts-check
"use strict"
/**
 * Data for the benefit checks, set-based in SQL: customers, a VIP flag held
 * by a third of them, a discount on 20 products (5 items per product, on up
 * to 10 products) and an early access to 10 products not yet on sale, and
 * `usage` rows of placed orders spread over the flagged customers.
 */
const PRODUCTS = 50

/**
 * @param {import("pg").Client} client
 * @param {{ customers: number, usage: number, log?: (message: string) => void }} options
 */
async function generate(client, { customers, usage, log = () => {} }) {
  const flagged = Math.ceil(customers / 3)
  log(`customers: ${customers}, flagged: ${flagged}, usage rows: ${usage}`)
  await client.query(
    `INSERT INTO customer (id, email, first_name, last_name, has_account, created_at, updated_at)
     SELECT 'cus_bench_' || i, 'bench' || i || '@example.com', 'Bench', 'Customer ' || i, true, now(), now()
       FROM generate_series(1, $1) i`,
    [customers]
  )
  await client.query(
    `INSERT INTO customer_flag (id, name, abbreviation, icon, color, display, created_at, updated_at)
     VALUES ('cflag_bench_vip', 'VIP', 'VIP', 'Star', '#7C3AED', 'card', now(), now())`
  )
  await client.query(
    `INSERT INTO customer_flag_assignment (id, flag_id, customer_id, source, assigned_at, created_at, updated_at)
     SELECT 'cfa_bench_' || i, 'cflag_bench_vip', 'cus_bench_' || i, 'manual', now(), now(), now()
       FROM generate_series(1, $1) i`,
    [flagged]
  )
  /**
   * The ids of `count` bench products from number `from` on, as JSON.
   * @param {number} from
   * @param {number} count
   */
  const products = (from, count) =>
    JSON.stringify(Array.from({ length: count }, (_, i) => `prod_bench_${from + i}`))
  await client.query(
    `INSERT INTO customer_benefit (id, flag_id, kind, title, product_ids, max_products, max_quantity,
                                   quantity_scope, discount_type, discount_value, raw_discount_value,
                                   is_active, created_at, updated_at)
     VALUES ('cben_bench_discount', 'cflag_bench_vip', 'discount', 'VIP price', $1::jsonb, 10, 5,
             'per_product', 'percentage', 20, '{"value":"20","precision":20}', true, now(), now())`,
    [products(1, 20)]
  )
  await client.query(
    `INSERT INTO customer_benefit (id, flag_id, kind, title, product_ids, max_quantity, quantity_scope,
                                   early_access_from, is_active, created_at, updated_at)
     VALUES ('cben_bench_early', 'cflag_bench_vip', 'early_access', 'VIP presale', $1::jsonb, 4,
             'total', now() - interval '1 day', true, now(), now())`,
    [products(21, 10)]
  )
  await client.query(
    `INSERT INTO product_sale_start (id, product_id, public_sale_starts_at, created_at, updated_at)
     SELECT 'psale_bench_' || i, 'prod_bench_' || i, now() + interval '30 days', now(), now()
       FROM generate_series(21, 30) i`
  )
  // Placed orders' usage: each row one product of one order, for a
  // flagged customer, mostly under the discount.
  await client.query(
    `INSERT INTO customer_benefit_usage (id, benefit_id, customer_id, product_id, quantity, order_id,
                                         created_at, updated_at)
     SELECT 'cbenu_bench_' || i,
            CASE WHEN i % 10 = 0 THEN 'cben_bench_early' ELSE 'cben_bench_discount' END,
            'cus_bench_' || (1 + (i::bigint * 7919) % $2),
            'prod_bench_' || CASE WHEN i % 10 = 0 THEN 21 + i % 10 ELSE 1 + i % 20 END,
            1 + i % 2, 'order_bench_' || i, now(), now()
       FROM generate_series(1, $1) i`,
    [usage, flagged]
  )
  await client.query(`ANALYZE`)
  return { flagged, products: PRODUCTS }
}

module.exports = { generate }
