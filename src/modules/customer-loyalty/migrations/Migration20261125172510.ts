import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125172510 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "customer_benefit" ("id" text not null, "flag_id" text null, "tier_id" text null, "kind" text check ("kind" in ('discount', 'early_access', 'offer_link')) not null, "title" text not null, "description" text null, "url" text null, "code" text null, "starts_at" timestamptz null, "ends_at" timestamptz null, "product_ids" jsonb null, "variant_ids" jsonb null, "max_products" integer null, "max_quantity" integer null, "quantity_scope" text check ("quantity_scope" in ('per_product', 'total')) not null default 'per_product', "early_access_from" timestamptz null, "promotion_id" text null, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_benefit_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_benefit_flag_id" ON "customer_benefit" ("flag_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_benefit_tier_id" ON "customer_benefit" ("tier_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_benefit_deleted_at" ON "customer_benefit" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "customer_benefit" add constraint "customer_benefit_flag_id_foreign" foreign key ("flag_id") references "customer_flag" ("id") on update cascade on delete set null;`
    )
    this.addSql(
      `alter table if exists "customer_benefit" add constraint "customer_benefit_tier_id_foreign" foreign key ("tier_id") references "loyalty_tier" ("id") on update cascade on delete set null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_benefit" cascade;`)
  }
}
