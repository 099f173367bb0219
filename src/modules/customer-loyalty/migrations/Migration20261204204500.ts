import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A segment's members page, newest first, read in index order: the index on
 * (segment_id, entered_at) left every tie on entered_at to a sort, and one
 * refresh enters all its customers at the same instant, so each page of a
 * segment of 230,000 members sorted them all (≈ 0.4 s). With the id in the
 * index, scanned backwards, a page reads twenty entries.
 */
export class Migration20261204204500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_customer_segment_membership_entered_at";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_segment_membership_entered_at" ON "customer_segment_membership" ("segment_id", "entered_at", "id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_customer_segment_membership_entered_at";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_segment_membership_entered_at" ON "customer_segment_membership" ("segment_id", "entered_at") WHERE deleted_at IS NULL;`
    )
  }
}
