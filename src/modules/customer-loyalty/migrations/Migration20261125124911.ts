import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125124911 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_flag_assignment" drop constraint if exists "customer_flag_assignment_active_unique";`
    )
    this.addSql(
      `alter table if exists "customer_flag" drop constraint if exists "customer_flag_name_unique";`
    )
    this.addSql(
      `create table if not exists "customer_flag" ("id" text not null, "name" text not null, "abbreviation" text not null, "icon" text not null, "color" text not null, "display" text check ("display" in ('card', 'overview', 'popup')) not null default 'card', "expiry_type" text check ("expiry_type" in ('none', 'fixed_date', 'days_after_assignment')) not null default 'none', "expiry_date" timestamptz null, "expiry_days" integer null, "description" text null, "customer_group_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_flag_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_flag_deleted_at" ON "customer_flag" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_flag_name_unique" ON "customer_flag" ("name") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "customer_flag_assignment" ("id" text not null, "flag_id" text not null, "customer_id" text not null, "source" text check ("source" in ('manual', 'purchase_rule', 'segment', 'api')) not null default 'manual', "source_id" text null, "assigned_by" text null, "assigned_at" timestamptz not null, "expires_at" timestamptz null, "note" text null, "removed_at" timestamptz null, "removed_by" text null, "removal_reason" text check ("removal_reason" in ('removed', 'expired', 'renewed', 'flag_deleted')) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_flag_assignment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_flag_assignment_flag_id" ON "customer_flag_assignment" ("flag_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_flag_assignment_deleted_at" ON "customer_flag_assignment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_flag_assignment_active_unique" ON "customer_flag_assignment" ("flag_id", "customer_id") WHERE removed_at IS NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_flag_assignment_customer_id" ON "customer_flag_assignment" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_flag_assignment_due" ON "customer_flag_assignment" ("expires_at") WHERE removed_at IS NULL AND deleted_at IS NULL AND expires_at IS NOT NULL;`
    )

    this.addSql(
      `alter table if exists "customer_flag_assignment" add constraint "customer_flag_assignment_flag_id_foreign" foreign key ("flag_id") references "customer_flag" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_flag_assignment" drop constraint if exists "customer_flag_assignment_flag_id_foreign";`
    )

    this.addSql(`drop table if exists "customer_flag" cascade;`)

    this.addSql(`drop table if exists "customer_flag_assignment" cascade;`)
  }
}
