import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125184926 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_sale_start" drop constraint if exists "product_sale_start_product_unique";`
    )
    this.addSql(
      `alter table if exists "customer_benefit_usage" drop constraint if exists "customer_benefit_usage_order_unique";`
    )
    this.addSql(
      `create table if not exists "customer_benefit_usage" ("id" text not null, "benefit_id" text not null, "customer_id" text not null, "product_id" text not null, "quantity" integer not null, "cart_id" text null, "order_id" text null, "reserved_until" timestamptz null, "released_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_benefit_usage_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_benefit_usage_benefit_id" ON "customer_benefit_usage" ("benefit_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_benefit_usage_deleted_at" ON "customer_benefit_usage" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_benefit_usage_customer" ON "customer_benefit_usage" ("customer_id", "benefit_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_benefit_usage_order_unique" ON "customer_benefit_usage" ("order_id", "benefit_id", "product_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_benefit_usage_cart" ON "customer_benefit_usage" ("cart_id") WHERE deleted_at IS NULL AND cart_id IS NOT NULL;`
    )

    this.addSql(
      `create table if not exists "product_sale_start" ("id" text not null, "product_id" text not null, "public_sale_starts_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_sale_start_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_sale_start_deleted_at" ON "product_sale_start" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_sale_start_product_unique" ON "product_sale_start" ("product_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "customer_benefit_usage" add constraint "customer_benefit_usage_benefit_id_foreign" foreign key ("benefit_id") references "customer_benefit" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "customer_benefit" add column if not exists "discount_type" text check ("discount_type" in ('percentage', 'fixed')) null, add column if not exists "discount_value" numeric null, add column if not exists "currency_code" text null, add column if not exists "raw_discount_value" jsonb null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_benefit_usage" cascade;`)

    this.addSql(`drop table if exists "product_sale_start" cascade;`)

    this.addSql(
      `alter table if exists "customer_benefit" drop column if exists "discount_type", drop column if exists "discount_value", drop column if exists "currency_code", drop column if exists "raw_discount_value";`
    )
  }
}
