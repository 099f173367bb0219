import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"

/**
 * The harness puts each test's database back by rewriting the tables it
 * changed (integration-tests/helpers/in-place-restore.ts); these tests check
 * that what it puts back is, row for row, what the snapshot held. They run
 * in order: each reads what the one before wrote.
 */
export function restoreHarnessTests(options: MedusaSuiteOptions) {
  const { getContainer } = options
  const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

  /** Every table's rows (as one hash) and every sequence's position. */
  const contents = async () => {
    const { rows: tables } = await knex().raw(
      `SELECT relname FROM pg_class
        WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname`
    )
    const state: Record<string, string> = {}
    for (const { relname } of tables as { relname: string }[]) {
      const { rows } = await knex().raw(
        `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')
           AS hash FROM ?? t`,
        [relname]
      )
      state[relname] = rows[0].hash
    }
    const { rows: sequences } = await knex().raw(
      `SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'`
    )
    for (const { sequencename, last_value } of sequences) {
      state[`sequence ${sequencename}`] = String(last_value)
    }
    return state
  }

  /** Inserts, updates and deletes rows of empty and seeded tables, and moves a sequence. */
  const writeEverywhere = async (email: string) => {
    await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email, first_name: "Written" })
    await knex().raw(`UPDATE currency SET name = name || ' (changed)' WHERE code = 'sek'`)
    await knex().raw(`DELETE FROM region_country WHERE iso_2 IN ('se', 'no')`)
    await knex().raw(`SELECT nextval('order_display_id_seq')`)
  }

  let snapshot: Record<string, string>

  it("starts from the snapshot, and writes to it", async () => {
    snapshot = await contents()
    await writeEverywhere("first@example.com")
    expect(await contents()).not.toEqual(snapshot)
  })

  it("finds the snapshot back, row for row", async () => {
    expect(await contents()).toEqual(snapshot)
  })

  describe("with shared fixtures", () => {
    let withFixtures: Record<string, string>

    sharedFixtures(options, async () => {
      await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "fixture@example.com", first_name: "Fixture" })
    })

    it("starts from the fixtures, and writes to them", async () => {
      withFixtures = await contents()
      expect(withFixtures).not.toEqual(snapshot)
      await writeEverywhere("second@example.com")
    })

    it("finds the fixtures back, row for row", async () => {
      expect(await contents()).toEqual(withFixtures)
    })
  })

  it("finds the first snapshot back after the block", async () => {
    expect(await contents()).toEqual(snapshot)
  })

  it("copies the database back from Medusa's template after a schema change", async () => {
    await knex().raw(`CREATE INDEX "IDX_harness_restore_test" ON currency (name)`)
    await writeEverywhere("third@example.com")
  })

  it("finds the snapshot and no trace of the schema change", async () => {
    expect(await contents()).toEqual(snapshot)
    const { rows } = await knex().raw(
      `SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'IDX_harness_restore_test'`
    )
    expect(rows[0].n).toBe(0)
  })
}
