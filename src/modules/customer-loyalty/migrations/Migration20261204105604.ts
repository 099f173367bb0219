import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Indexes in (created_at, id) order for the lists paged by key. */
export class Migration20261204105604 extends Migration {
  override async up(): Promise<void> {
    // The new indexes first: the lists keep an index while the old ones go.
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_tier_id_created_at_id" ON "loyalty_account" ("tier_id", "created_at", "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_created_at_id" ON "loyalty_account" ("created_at", "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_account_id_created_at_id" ON "loyalty_entry" ("account_id", "created_at", "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_customer_id_created_at_id" ON "loyalty_entry" ("customer_id", "created_at", "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_created_at_id" ON "loyalty_entry" ("created_at", "id") WHERE deleted_at IS NULL;`
    )

    this.addSql(`drop index if exists "IDX_loyalty_account_tier_id";`)
    this.addSql(`drop index if exists "IDX_loyalty_entry_account_id_created_at";`)
    this.addSql(`drop index if exists "IDX_loyalty_entry_customer_id";`)
    this.addSql(`drop index if exists "IDX_loyalty_entry_created_at";`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_loyalty_account_tier_id_created_at_id";`)
    this.addSql(`drop index if exists "IDX_loyalty_account_created_at_id";`)

    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_tier_id" ON "loyalty_account" ("tier_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(`drop index if exists "IDX_loyalty_entry_account_id_created_at_id";`)
    this.addSql(`drop index if exists "IDX_loyalty_entry_customer_id_created_at_id";`)
    this.addSql(`drop index if exists "IDX_loyalty_entry_created_at_id";`)

    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_account_id_created_at" ON "loyalty_entry" ("account_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_customer_id" ON "loyalty_entry" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_created_at" ON "loyalty_entry" ("created_at") WHERE deleted_at IS NULL;`
    )
  }
}
