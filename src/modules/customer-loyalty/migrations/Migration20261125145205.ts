import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125145205 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_customer_id" ON "loyalty_entry" ("customer_id") WHERE deleted_at IS NULL;`
    )
    // Staff search member numbers by prefix; the data-model language cannot
    // declare an operator class, so this index is written by hand.
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_member_number_prefix" ON "loyalty_account" ("member_number" text_pattern_ops) WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_loyalty_entry_customer_id";`)
    this.addSql(`drop index if exists "IDX_loyalty_account_member_number_prefix";`)
  }
}
