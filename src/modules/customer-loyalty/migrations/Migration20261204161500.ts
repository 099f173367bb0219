import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The loyalty messages the merchant writes, one per kind and locale. */
export class Migration20261204161500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "loyalty_message" ("id" text not null, "kind" text check ("kind" in ('points_credited', 'points_adjusted')) not null, "locale" text not null, "subject" text not null, "body" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_message_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_message_deleted_at" ON "loyalty_message" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_message_kind_locale_unique" ON "loyalty_message" ("kind", "locale") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "loyalty_message" cascade;`)
  }
}
