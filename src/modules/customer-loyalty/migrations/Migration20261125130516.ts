import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125130516 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_tier" drop constraint if exists "loyalty_tier_rank_unique";`
    )
    this.addSql(
      `alter table if exists "loyalty_entry" drop constraint if exists "loyalty_entry_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "loyalty_account_member" drop constraint if exists "loyalty_account_member_customer_unique";`
    )
    this.addSql(
      `alter table if exists "loyalty_account" drop constraint if exists "loyalty_account_member_number_unique";`
    )
    this.addSql(
      `create table if not exists "loyalty_account" ("id" text not null, "member_number" text not null, "status" text check ("status" in ('active', 'closed')) not null default 'active', "points_available" integer not null default 0, "points_pending" integer not null default 0, "points_lifetime" integer not null default 0, "tier_id" text null, "closed_at" timestamptz null, "close_reason" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_account_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_deleted_at" ON "loyalty_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_account_member_number_unique" ON "loyalty_account" ("member_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_tier_id" ON "loyalty_account" ("tier_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_account_member" ("id" text not null, "account_id" text not null, "customer_id" text not null, "joined_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_account_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_member_account_id" ON "loyalty_account_member" ("account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_member_deleted_at" ON "loyalty_account_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_account_member_customer_unique" ON "loyalty_account_member" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_earn_rule" ("id" text not null, "name" text not null, "target_type" text check ("target_type" in ('all', 'product', 'variant', 'collection', 'category', 'service')) not null, "target_id" text null, "points_per_item" integer null, "multiplier" numeric null, "starts_at" timestamptz null, "ends_at" timestamptz null, "is_active" boolean not null default true, "raw_multiplier" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_earn_rule_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_earn_rule_deleted_at" ON "loyalty_earn_rule" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_earn_rule_target_type_target_id" ON "loyalty_earn_rule" ("target_type", "target_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_entry" ("id" text not null, "account_id" text not null, "customer_id" text null, "type" text check ("type" in ('earn', 'redeem', 'adjust', 'expire', 'reverse', 'close', 'transfer')) not null, "points" integer not null, "status" text check ("status" in ('pending', 'available')) not null default 'available', "available_at" timestamptz null, "expires_at" timestamptz null, "remaining" integer not null default 0, "lifetime_points" integer not null default 0, "shortfall" integer not null default 0, "allocations" jsonb null, "source" text check ("source" in ('order', 'booking', 'manual', 'redemption', 'system', 'transfer')) not null, "source_id" text null, "idempotency_key" text not null, "actor" text null, "description" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_account_id" ON "loyalty_entry" ("account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_deleted_at" ON "loyalty_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_entry_idempotency_key_unique" ON "loyalty_entry" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_account_id_created_at" ON "loyalty_entry" ("account_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_source_source_id" ON "loyalty_entry" ("source", "source_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_created_at" ON "loyalty_entry" ("created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_pending_due" ON "loyalty_entry" ("available_at") WHERE status = 'pending' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_open_lots" ON "loyalty_entry" ("account_id", "created_at") WHERE remaining > 0 AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_expiring_lots" ON "loyalty_entry" ("expires_at") WHERE remaining > 0 AND status = 'available' AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_redemption" ("id" text not null, "account_id" text not null, "customer_id" text not null, "reward_id" text not null, "entry_id" text null, "points" integer not null, "kind" text check ("kind" in ('promotion_code', 'gift_card', 'store_credit')) not null, "amount" numeric not null, "currency_code" text not null, "code" text null, "promotion_id" text null, "gift_card_id" text null, "store_credit_account_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_redemption_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_deleted_at" ON "loyalty_redemption" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_account_id_created_at" ON "loyalty_redemption" ("account_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_customer_id" ON "loyalty_redemption" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_reward" ("id" text not null, "name" text not null, "description" text null, "points_cost" integer not null, "kind" text check ("kind" in ('promotion_code', 'gift_card', 'store_credit')) not null default 'promotion_code', "amount" numeric not null, "currency_code" text not null, "is_active" boolean not null default true, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_reward_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_reward_deleted_at" ON "loyalty_reward" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_settings" ("id" text not null, "points_per_currency" jsonb not null default '{}', "pending_days" integer not null default 14, "booking_pending_hours" integer not null default 3, "expiry_months" integer null, "min_redeem" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_settings_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_settings_deleted_at" ON "loyalty_settings" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_tier" ("id" text not null, "name" text not null, "min_points" integer not null, "basis" text check ("basis" in ('lifetime', 'rolling_12_months')) not null default 'lifetime', "rank" integer not null, "description" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_tier_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_tier_deleted_at" ON "loyalty_tier" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_tier_rank_unique" ON "loyalty_tier" ("rank") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "loyalty_account_member" add constraint "loyalty_account_member_account_id_foreign" foreign key ("account_id") references "loyalty_account" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "loyalty_entry" add constraint "loyalty_entry_account_id_foreign" foreign key ("account_id") references "loyalty_account" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_account_member" drop constraint if exists "loyalty_account_member_account_id_foreign";`
    )

    this.addSql(
      `alter table if exists "loyalty_entry" drop constraint if exists "loyalty_entry_account_id_foreign";`
    )

    this.addSql(`drop table if exists "loyalty_account" cascade;`)

    this.addSql(`drop table if exists "loyalty_account_member" cascade;`)

    this.addSql(`drop table if exists "loyalty_earn_rule" cascade;`)

    this.addSql(`drop table if exists "loyalty_entry" cascade;`)

    this.addSql(`drop table if exists "loyalty_redemption" cascade;`)

    this.addSql(`drop table if exists "loyalty_reward" cascade;`)

    this.addSql(`drop table if exists "loyalty_settings" cascade;`)

    this.addSql(`drop table if exists "loyalty_tier" cascade;`)
  }
}
