import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Trigram indexes on Medusa's customer table for the points report's and
 * the accounts' search by a member's email or name (a contains-search a
 * B-tree cannot serve). A script rather than a module migration: the
 * customer table is the customer module's, and module migrations may run
 * before it exists. `pg_trgm` ships with PostgreSQL and is trusted, so the
 * database's owner may add it. Runs once, with `medusa db:migrate`.
 */
export default async function createCustomerSearchIndexes({ container }: ExecArgs) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.raw(`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
  await pg.raw(
    `CREATE INDEX IF NOT EXISTS "IDX_loyalty_customer_email_trgm" ON "customer" USING gin ("email" gin_trgm_ops)`
  )
  await pg.raw(
    `CREATE INDEX IF NOT EXISTS "IDX_loyalty_customer_name_trgm" ON "customer"
       USING gin ((coalesce(first_name, '') || ' ' || coalesce(last_name, '')) gin_trgm_ops)`
  )
}
