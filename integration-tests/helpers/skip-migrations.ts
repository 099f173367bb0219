/**
 * Skips the module migrations Medusa's runner runs when it boots a test
 * file's app, for a database copied from the HTTP tests' migrated template:
 * `medusa db:migrate` already ran them on the template, which is named after
 * a fingerprint of the migrations, links and config. Finding every module's
 * migrations already applied took about 4 of the 14 seconds a boot costs
 * here, in each HTTP test file.
 *
 * The runner's link sync still runs: besides finding the link tables up to
 * date, it registers the link modules the app it then loads reads (the
 * official loyalty plugin's cart–gift card link among them).
 */
type UseDb = typeof import("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db")

export function skipMigrations(useDb: UseDb) {
  if (typeof useDb.migrateDatabase !== "function") {
    throw new Error("@medusajs/test-utils no longer has the migration step this skips")
  }
  useDb.migrateDatabase = async () => {}
}
