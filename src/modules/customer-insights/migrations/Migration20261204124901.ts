import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204124901 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "customer_order_fact" ("order_id" text not null, "customer_id" text not null, "placed_at" timestamptz not null, "currency_code" text not null, "total" numeric not null, "item_count" numeric not null, "raw_total" jsonb not null, "raw_item_count" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_order_fact_pkey" primary key ("order_id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_order_fact_deleted_at" ON "customer_order_fact" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_order_fact_customer_placed" ON "customer_order_fact" ("customer_id", "placed_at", "currency_code", "total");`
    )

    this.addSql(
      `create table if not exists "customer_order_line_fact" ("item_id" text not null, "order_id" text not null, "customer_id" text not null, "placed_at" timestamptz not null, "product_id" text null, "variant_id" text null, "quantity" numeric not null, "raw_quantity" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_order_line_fact_pkey" primary key ("item_id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_order_line_fact_deleted_at" ON "customer_order_line_fact" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_order_line_fact_order" ON "customer_order_line_fact" ("order_id");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_order_line_fact_customer_placed" ON "customer_order_line_fact" ("customer_id", "placed_at");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_order_line_fact_product_placed" ON "customer_order_line_fact" ("product_id", "placed_at");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_order_line_fact_variant_placed" ON "customer_order_line_fact" ("variant_id", "placed_at");`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_order_fact" cascade;`)

    this.addSql(`drop table if exists "customer_order_line_fact" cascade;`)
  }
}
