import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125171819 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_tier" add column if not exists "customer_group_id" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "loyalty_tier" drop column if exists "customer_group_id";`)
  }
}
