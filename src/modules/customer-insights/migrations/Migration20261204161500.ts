import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Covering indexes for the segment compiler and the flag purchase rules,
 * which aggregate the order line facts: each purchase aggregate then reads
 * only the index (an index-only scan), never the wider table rows.
 *
 * - (product_id, placed_at): who bought these products (a collection or a
 *   category resolves to its products) within a window — a range per
 *   product, carrying the customer, the order and the quantity;
 * - (variant_id, placed_at): the same for variants.
 *
 * (customer_id, placed_at) stays as it is: it serves the purchases of a few
 * customers (a flag's purchase rule for one order, an incremental segment
 * refresh), a handful of rows whose table pages cost little, and covering
 * it would have made it the largest index of the table (330 MB at 1.8M
 * lines, for a gain of microseconds).
 *
 * The order facts' own (customer_id, placed_at, currency_code, total)
 * index already covers every order figure (totals, counts, first and last
 * order, windows, currency).
 *
 * The models declare these indexes on their key columns (the DML has no
 * INCLUDE); the names are the same, so the schema and the models agree.
 */
export class Migration20261204161500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_customer_order_line_fact_product_placed";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_order_line_fact_product_placed" ON "customer_order_line_fact" ("product_id", "placed_at") INCLUDE ("customer_id", "order_id", "quantity");`
    )
    this.addSql(`DROP INDEX IF EXISTS "IDX_customer_order_line_fact_variant_placed";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_order_line_fact_variant_placed" ON "customer_order_line_fact" ("variant_id", "placed_at") INCLUDE ("customer_id", "order_id", "quantity");`
    )
  }

  override async down(): Promise<void> {
    for (const [name, column] of [
      ["product_placed", "product_id"],
      ["variant_placed", "variant_id"],
    ]) {
      this.addSql(`DROP INDEX IF EXISTS "IDX_customer_order_line_fact_${name}";`)
      this.addSql(
        `CREATE INDEX IF NOT EXISTS "IDX_customer_order_line_fact_${name}" ON "customer_order_line_fact" ("${column}", "placed_at");`
      )
    }
  }
}
