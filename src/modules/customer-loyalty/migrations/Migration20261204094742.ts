import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204094742 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_flag_assignment" add column if not exists "renewal_source" text check ("renewal_source" in ('manual', 'purchase_rule', 'segment', 'api')) null, add column if not exists "renewal_source_id" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_flag_assignment" drop column if exists "renewal_source", drop column if exists "renewal_source_id";`
    )
  }
}
