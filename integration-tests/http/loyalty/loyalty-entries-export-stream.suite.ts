import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminUser } from "../../helpers/auth"
import { Writable } from "stream"
import { pipeline } from "stream/promises"
import { streamCopyExport } from "../../../src/modules/customer-loyalty/statements/copy-export"
import { csvBody } from "../../../src/api/utils/export/csv-body"
import { loyaltyService } from "./helpers"

const ENTRIES = 20_000

export function loyaltyEntriesExportStreamTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
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

  sharedFixtures(options, async () => {
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
    expect(warnings.map((warning) => warning.name)).not.toContain("MaxListenersExceededWarning")
  })

  /** The pool's connections in use (the API's own pool: the container's knex). */
  const connectionsInUse = () => knex().client.pool.numUsed() as number

  /**
   * Whether a backend is still connected and out of any transaction: idle
   * in the pool, or already handed out again (to the very query asking).
   */
  const backendReusable = async (pid: number) => {
    const row = (
      await knex().raw(
        `SELECT pid = pg_backend_pid() AS asking, state, xact_start
           FROM pg_stat_activity WHERE pid = ?`,
        [pid]
      )
    ).rows[0]
    return !!row && (row.asking || (row.state === "idle" && row.xact_start === null))
  }

  const exportBackendPid = async (): Promise<number | null> =>
    (
      await knex().raw(
        `SELECT pid FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND backend_type = 'client backend'
            AND query LIKE '%loyalty_entries_export%' LIMIT 1`
      )
    ).rows[0]?.pid ?? null

  const eventually = async (check: () => Promise<boolean>) => {
    const deadline = Date.now() + 10_000
    while (!(await check()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return check()
  }

  it("rolls back and frees the connection when the client goes away mid-export", async () => {
    const inUseBefore = connectionsInUse()
    for (let round = 0; round < 3; round++) {
      const controller = new AbortController()
      const response = await api.get("/admin/loyalty/entries/export", {
        ...admin,
        responseType: "stream",
        signal: controller.signal,
      })
      await new Promise((resolve) => response.data.once("data", resolve))
      const pid = await exportBackendPid()
      controller.abort()
      response.data.destroy()

      expect(await eventually(async () => (await openExportCursors()) === 0)).toBe(true)
      // The transaction is over and the connection is back in the pool,
      // alive: the same backend, idle, outside any transaction.
      expect(await eventually(async () => connectionsInUse() <= inUseBefore)).toBe(true)
      if (pid) {
        expect(await backendReusable(pid)).toBe(true)
      }
    }
    const { data } = await api.get("/admin/loyalty/entries?limit=1", admin)
    expect(data.count).toBe(ENTRIES)
  })

  it("cancels a COPY whose reader fails, drops the rest and keeps the connection", async () => {
    const inUseBefore = connectionsInUse()
    let pid = 0
    const failure = new Error("the reader went away")
    // A COPY far too long to finish: only the cancel ends it.
    await expect(
      streamCopyExport(
        knex(),
        {
          label: "loyalty_entries_export",
          sql: "SELECT repeat('x', 200) || generate_series(1, ?::bigint) AS line",
          bindings: [1_000_000_000],
        },
        async (data) => {
          for await (const _chunk of data) {
            pid = (await exportBackendPid())!
            throw failure
          }
        }
      )
    ).rejects.toBe(failure)
    expect(pid).toBeGreaterThan(0)
    expect(await backendReusable(pid)).toBe(true)
    expect(await eventually(async () => connectionsInUse() <= inUseBefore)).toBe(true)
    expect(await openExportCursors()).toBe(0)
  })

  it("runs the settings first and binds each value with the type PostgreSQL gives it", async () => {
    const out: Buffer[] = []
    await streamCopyExport(
      knex(),
      {
        label: "loyalty_entries_export",
        sql: `SELECT concat_ws('|', current_setting('work_mem'), t, n + 1, b,
                               to_char(d AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), nul IS NULL) AS line
                FROM (SELECT ?::text AS t, ?::integer AS n, ?::boolean AS b, ?::timestamptz AS d, ?::text AS nul) p
               WHERE now() > ? AND 'x' = ?`,
        bindings: [
          'it\'s \\ "odd"',
          41,
          true,
          new Date("2026-03-18T10:00:00Z"),
          null,
          new Date(0),
          "x",
        ],
        settings: ["SET LOCAL work_mem = '77MB'"],
      },
      (data) =>
        pipeline(
          data,
          csvBody(""),
          new Writable({ write: (chunk, _e, done) => (out.push(chunk), done()) })
        )
    )
    expect(Buffer.concat(out).toString("utf8")).toBe(
      `77MB|it's \\ "odd"|42|t|2026-03-18 10:00|t\r\n`
    )
  })
}
