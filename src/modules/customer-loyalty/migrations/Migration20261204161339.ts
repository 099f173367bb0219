import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204161339 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_account" drop constraint if exists "loyalty_account_identifier_unique";`
    )
    this.addSql(
      `alter table if exists "loyalty_account" add column if not exists "identifier" text null;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_account_identifier_unique" ON "loyalty_account" ("identifier") WHERE deleted_at IS NULL AND identifier IS NOT NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_loyalty_account_identifier_unique";`)
    this.addSql(`alter table if exists "loyalty_account" drop column if exists "identifier";`)
  }
}
