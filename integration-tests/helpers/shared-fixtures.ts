import type { MedusaSuiteOptions } from "./medusa-test-runner"
import { popSnapshot, pushSnapshot, restoreOrTakeSnapshot } from "./in-place-restore"

/**
 * Builds the fixtures of a `describe` block once, before its first test,
 * instead of before each: each test still starts from them as built, since
 * the runner's restore goes back to a snapshot taken right after `build`.
 * After the block the snapshot is dropped and the database is put back as it
 * was before (./in-place-restore.ts).
 *
 * `build` assigns what the tests read (ids, auth headers) to variables of the
 * block; tests must not change those objects, only the database. A block
 * whose tests change the schema (create an index, run a migration) keeps
 * `beforeEach`: the snapshot holds rows, not the schema.
 */
export function sharedFixtures(
  { dbConfig, utils }: Pick<MedusaSuiteOptions, "dbConfig" | "utils">,
  build: () => Promise<void>
) {
  beforeAll(async () => {
    // The last test before this block may have left its changes.
    await restoreOrTakeSnapshot(dbConfig.dbName)
    await build()
    await utils.waitWorkflowExecutions()
    await pushSnapshot(dbConfig.dbName)
  })
  afterAll(async () => {
    await popSnapshot(dbConfig.dbName)
  })
}
