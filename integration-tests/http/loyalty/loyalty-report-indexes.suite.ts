import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import createCustomerSearchIndexes from "../../../src/migration-scripts/customer-search-indexes"
import { createAdminUser } from "../../helpers/auth"
import { loyaltyService } from "./helpers"

export function loyaltyReportIndexesTests({ api, getContainer }: MedusaSuiteOptions) {
  let admin: { headers: Record<string, string> }

  beforeEach(async () => {
    admin = await createAdminUser(getContainer())
  })

  it("has an index for each of the report's filters", async () => {
    // The test runner migrates without the migration scripts; run this one as db:migrate would.
    // Medusa runs migration scripts with `{ container }` alone, as here.
    await createCustomerSearchIndexes({ container: getContainer() } as ExecArgs)
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw(
      `SELECT indexname, indexdef FROM pg_indexes
        WHERE tablename IN ('loyalty_entry', 'customer')`
    )
    const names = rows.map((row: { indexname: string }) => row.indexname)
    expect(names).toEqual(
      expect.arrayContaining([
        "IDX_loyalty_entry_type_created_at_id",
        "IDX_loyalty_entry_status_created_at_id",
        "IDX_loyalty_entry_created_at_id",
        "IDX_loyalty_entry_customer_id_created_at_id",
        "IDX_loyalty_customer_email_trgm",
        "IDX_loyalty_customer_name_trgm",
      ])
    )
  })

  it("finds a member by first name alone, by full name and by email part", async () => {
    const container = getContainer()
    const service = loyaltyService(container)
    const customers = container.resolve(Modules.CUSTOMER)
    const [solo, full] = await customers.createCustomers([
      { email: "solo@example.com", first_name: "Sølvi" },
      { email: "ada@example.com", first_name: "Ada", last_name: "Lind" },
    ])
    for (const customer of [solo, full]) {
      const { account_id } = await service.ensureLoyaltyAccount(customer.id)
      await service.creditPoints({
        account_id,
        customer_id: customer.id,
        idempotency_key: `test:${customer.id}`,
        type: "adjust",
        points: 10,
        source: "manual",
      })
    }
    const search = async (q: string) =>
      (await api.get(`/admin/loyalty/entries?q=${encodeURIComponent(q)}`, admin)).data.entries.map(
        (entry: { customer: { id: string } }) => entry.customer.id
      )

    expect(await search("sølvi")).toEqual([solo.id])
    expect(await search("Ada Lind")).toEqual([full.id])
    expect(await search("a lin")).toEqual([full.id])
    expect(await search("@example")).toHaveLength(2)
    expect(await search("nobody")).toEqual([])
  })
}
