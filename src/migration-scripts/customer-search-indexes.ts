import { ExecArgs } from "@medusajs/framework/types"
import { CUSTOMER_LOYALTY_MODULE } from "../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../modules/customer-loyalty/service"

/**
 * Trigram indexes on Medusa's customer table for the points report's and
 * the accounts' search by a member's email or name (a contains-search a
 * B-tree cannot serve). A script rather than a module migration: the
 * customer table is the customer module's, and module migrations may run
 * before it exists. `pg_trgm` ships with PostgreSQL and is trusted, so the
 * database's owner may add it. Runs once, with `medusa db:migrate`; the
 * statements run on the loyalty module's connection, like the searches
 * they serve.
 */
export default async function createCustomerSearchIndexes({ container }: ExecArgs) {
  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const run = (text: string) => loyalty.runQuery({ text, params: [] })
  await run(`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
  await run(
    `CREATE INDEX IF NOT EXISTS "IDX_loyalty_customer_email_trgm" ON "customer" USING gin ("email" gin_trgm_ops)`
  )
  await run(
    `CREATE INDEX IF NOT EXISTS "IDX_loyalty_customer_name_trgm" ON "customer"
       USING gin ((coalesce(first_name, '') || ' ' || coalesce(last_name, '')) gin_trgm_ops)`
  )
}
