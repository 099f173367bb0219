import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Indexes for the points report's filters: type and status newest first.
 * (The text search's trigram indexes are on Medusa's customer table, so a
 * migration script makes them: src/migration-scripts/customer-search-indexes.ts.)
 */
export class Migration20261204111117 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_type_created_at_id" ON "loyalty_entry" ("type", "created_at", "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_status_created_at_id" ON "loyalty_entry" ("status", "created_at", "id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_loyalty_entry_type_created_at_id";`)
    this.addSql(`drop index if exists "IDX_loyalty_entry_status_created_at_id";`)
  }
}
