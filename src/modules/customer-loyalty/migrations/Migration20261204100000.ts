import { generateEntityId } from "@medusajs/framework/utils"
import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The program settings are one row, made here instead of by the first read
 * (reads never write). A database with several rows keeps the one changed
 * last and soft-deletes the others; one with none gets the defaults. A
 * unique index on a constant keeps it at one row.
 */
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `update "loyalty_settings" set "deleted_at" = now() where "deleted_at" is null and "id" <> (select "id" from "loyalty_settings" where "deleted_at" is null order by "updated_at" desc, "created_at" desc, "id" desc limit 1);`
    )
    this.addSql(
      `insert into "loyalty_settings" ("id", "points_per_currency", "pending_days", "booking_pending_hours", "expiry_months", "min_redeem") select '${generateEntityId(undefined, "lset")}', '{}'::jsonb, 14, 3, 12, 0 where not exists (select 1 from "loyalty_settings" where "deleted_at" is null);`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_settings_single_row" ON "loyalty_settings" ((true)) WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_loyalty_settings_single_row";`)
  }
}
