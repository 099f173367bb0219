import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminUser } from "../../helpers/auth"
import { loyaltyService } from "./helpers"

const ENTRIES = 20_000

export function loyaltyEntriesExportStreamTests({ api, getContainer }: MedusaSuiteOptions) {
  let admin: { headers: Record<string, string> }

  const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

  /** A ledger of 20 batches, written in one statement (zero points, so every balance holds). */
  const seedLargeLedger = async () => {
    const container = getContainer()
    const customer = await container
      .resolve(Modules.CUSTOMER)
      .createCustomers({ email: "big@example.com" })
    const { account_id } = await loyaltyService(container).ensureLoyaltyAccount(customer.id)
    await knex().raw(
      `INSERT INTO loyalty_entry (id, account_id, customer_id, type, points, source,
                                  idempotency_key, description, created_at)
       SELECT 'lent_export_' || n, ?, ?, 'adjust', 0, 'manual',
              'test:export:' || n, '=formula ' || n, now() - n * interval '1 second'
         FROM generate_series(1, ?) AS n`,
      [account_id, customer.id, ENTRIES]
    )
  }

  const openExportCursors = async () =>
    (
      await knex().raw(
        `SELECT count(*)::int AS open FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND query LIKE '%loyalty_entries_export%' AND state <> 'idle'`
      )
    ).rows[0].open

  beforeEach(async () => {
    admin = await createAdminUser(getContainer())
    await seedLargeLedger()
  })

  it("streams a large export with backpressure, piling no listeners on the response", async () => {
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on("warning", onWarning)
    try {
      const response = await api.get("/admin/loyalty/entries/export", {
        ...admin,
        responseType: "arraybuffer",
      })
      const lines = Buffer.from(response.data).toString("utf8").trimEnd().split("\r\n")
      expect(lines).toHaveLength(ENTRIES + 1)
      expect(lines[1]).toContain(`"'=formula 1"`)
      expect(lines[ENTRIES]).toContain(`"'=formula ${ENTRIES}"`)
    } finally {
      process.off("warning", onWarning)
    }
    expect(warnings.map((warning) => warning.name)).not.toContain(
      "MaxListenersExceededWarning"
    )
  })

  it("rolls back and frees the connection when the client goes away mid-export", async () => {
    for (let round = 0; round < 3; round++) {
      const controller = new AbortController()
      const response = await api.get("/admin/loyalty/entries/export", {
        ...admin,
        responseType: "stream",
        signal: controller.signal,
      })
      await new Promise((resolve) => response.data.once("data", resolve))
      controller.abort()
      response.data.destroy()

      const deadline = Date.now() + 10_000
      while ((await openExportCursors()) > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(await openExportCursors()).toBe(0)
    }
    const { data } = await api.get("/admin/loyalty/entries?limit=1", admin)
    expect(data.count).toBe(ENTRIES)
  })
}
