import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125154924 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_flag_assignment" drop constraint if exists "customer_flag_assignment_purchase_rule_order_unique";`
    )
    this.addSql(
      `alter table if exists "customer_segment_membership" drop constraint if exists "customer_segment_membership_current_unique";`
    )
    this.addSql(
      `alter table if exists "customer_segment" drop constraint if exists "customer_segment_name_unique";`
    )
    this.addSql(
      `create table if not exists "customer_segment" ("id" text not null, "name" text not null, "description" text null, "rules" jsonb not null, "flag_id" text null, "remove_flag_on_leave" boolean not null default false, "member_count" integer not null default 0, "last_refreshed_at" timestamptz null, "last_refresh_ms" integer null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_segment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_segment_flag_id" ON "customer_segment" ("flag_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_segment_deleted_at" ON "customer_segment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_segment_name_unique" ON "customer_segment" ("name") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "customer_segment_membership" ("id" text not null, "segment_id" text not null, "customer_id" text not null, "entered_at" timestamptz not null, "left_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_segment_membership_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_segment_membership_segment_id" ON "customer_segment_membership" ("segment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_segment_membership_deleted_at" ON "customer_segment_membership" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_segment_membership_current_unique" ON "customer_segment_membership" ("segment_id", "customer_id") WHERE left_at IS NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_segment_membership_entered_at" ON "customer_segment_membership" ("segment_id", "entered_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_segment_membership_customer_id" ON "customer_segment_membership" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "customer_segment" add constraint "customer_segment_flag_id_foreign" foreign key ("flag_id") references "customer_flag" ("id") on update cascade on delete set null;`
    )

    this.addSql(
      `alter table if exists "customer_segment_membership" add constraint "customer_segment_membership_segment_id_foreign" foreign key ("segment_id") references "customer_segment" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "customer_flag" add column if not exists "purchase_rule" jsonb null;`
    )

    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_flag_assignment_purchase_rule_order_unique" ON "customer_flag_assignment" ("flag_id", "customer_id", "source_id") WHERE source = 'purchase_rule' AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_segment_membership" drop constraint if exists "customer_segment_membership_segment_id_foreign";`
    )

    this.addSql(`drop table if exists "customer_segment" cascade;`)

    this.addSql(`drop table if exists "customer_segment_membership" cascade;`)

    this.addSql(`alter table if exists "customer_flag" drop column if exists "purchase_rule";`)

    this.addSql(`drop index if exists "IDX_customer_flag_assignment_purchase_rule_order_unique";`)
  }
}
