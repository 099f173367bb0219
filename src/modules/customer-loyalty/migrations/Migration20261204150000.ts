import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The members of given memberships, former members included: the tier
 * groups' sync reads them on every credit (a closed or merged membership
 * takes its former members out of the old tier's group). Medusa's own
 * index on `account_id` leaves out soft-deleted rows, so without this one
 * that read scanned every member (2.7 s at a million members).
 */
export class Migration20261204150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_member_account_id_with_former" ON "loyalty_account_member" ("account_id", "customer_id");`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_loyalty_account_member_account_id_with_former";`)
  }
}
