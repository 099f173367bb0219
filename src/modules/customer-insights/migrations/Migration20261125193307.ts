import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125193307 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_sales_stats" drop constraint if exists "customer_sales_stats_customer_currency_unique";`
    )
    this.addSql(
      `alter table if exists "customer_business_profile" drop constraint if exists "customer_business_profile_customer_unique";`
    )
    this.addSql(
      `create table if not exists "customer_business_profile" ("id" text not null, "customer_id" text not null, "company" text null, "organisation_number" text null, "website" text null, "allowed_outstanding_amount" numeric null, "currency_code" text null, "max_payment_days" integer null, "risk_rating" text check ("risk_rating" in ('low', 'medium', 'high')) null, "metadata" jsonb null, "raw_allowed_outstanding_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_business_profile_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_business_profile_deleted_at" ON "customer_business_profile" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_business_profile_customer_unique" ON "customer_business_profile" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "customer_note" ("id" text not null, "customer_id" text not null, "body" text not null, "author_id" text not null, "edited_at" timestamptz null, "revisions" jsonb null, "deleted_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_note_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_note_deleted_at" ON "customer_note" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_note_customer" ON "customer_note" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "customer_sales_stats" ("id" text not null, "customer_id" text not null, "currency_code" text not null, "sales_total" numeric not null, "order_count" integer not null, "first_order_at" timestamptz null, "last_order_at" timestamptz null, "raw_sales_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_sales_stats_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_sales_stats_deleted_at" ON "customer_sales_stats" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_sales_stats_customer_currency_unique" ON "customer_sales_stats" ("customer_id", "currency_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_sales_stats_currency_total" ON "customer_sales_stats" ("currency_code", "sales_total") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_business_profile" cascade;`)

    this.addSql(`drop table if exists "customer_note" cascade;`)

    this.addSql(`drop table if exists "customer_sales_stats" cascade;`)
  }
}
