import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Indexes for the points report's filters: type and status newest first,
 * and trigram indexes on the customer's email and name for the report's
 * text search (a contains-search a B-tree cannot serve). The customer
 * indexes are made here, not by a model, because the table is Medusa's.
 */
export class Migration20261204111117 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_type_created_at_id" ON "loyalty_entry" ("type", "created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_status_created_at_id" ON "loyalty_entry" ("status", "created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_customer_email_trgm" ON "customer" USING gin ("email" gin_trgm_ops);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_customer_name_trgm" ON "customer" USING gin ((coalesce(first_name, '') || ' ' || coalesce(last_name, '')) gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_loyalty_customer_name_trgm";`);
    this.addSql(`drop index if exists "IDX_loyalty_customer_email_trgm";`);
    this.addSql(`drop index if exists "IDX_loyalty_entry_type_created_at_id";`);
    this.addSql(`drop index if exists "IDX_loyalty_entry_status_created_at_id";`);
  }

}
