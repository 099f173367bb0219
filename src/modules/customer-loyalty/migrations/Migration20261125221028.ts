import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125221028 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_tier" add column if not exists "points_multiplier" numeric null, add column if not exists "raw_points_multiplier" jsonb null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_tier" drop column if exists "points_multiplier", drop column if exists "raw_points_multiplier";`
    )
  }
}
