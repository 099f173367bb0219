import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"
import * as postgresTemplate from "@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template"
import * as useDb from "@medusajs/test-utils/dist/medusa-test-runner-utils/use-db"
import { randomBytes } from "crypto"
import { copyDatabase, maintenanceClient } from "./database-copy"
import { restoreInPlace } from "./in-place-restore"
import { plainRequestErrors } from "./plain-request-errors"
import { skipMigrations } from "./skip-migrations"
import { CUSTOMER_LOYALTY_MODULE } from "../../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../src/modules/customer-loyalty/service"

type RunnerOptions = Parameters<typeof medusaRunner>[0]

/**
 * The bookings webhook's secret in every HTTP test app (medusa-config.ts
 * reads it into the plugin option `bookings.webhook_secret`), so that the
 * suites that sign bookings can share a boot with any other.
 */
export const TEST_BOOKINGS_SECRET = "whsec_http_tests"
process.env.LOYALTY_BOOKINGS_WEBHOOK_SECRET = TEST_BOOKINGS_SECRET

/** What a test suite gets from the runner: `api`, `getContainer`, `dbConnection`, … */
export type MedusaSuiteOptions = Parameters<RunnerOptions["testSuite"]>[0]

/**
 * Medusa's integration test runner, made quicker in three ways:
 *  - its database is a copy of the template the HTTP tests' global setup
 *    migrated (integration-tests/helpers/http-database-template.ts), not one
 *    migrated from scratch;
 *  - so its module migrations are skipped (./skip-migrations.ts);
 *  - between tests it puts back only the tables a test changed, instead of
 *    copying the whole database back (./in-place-restore.ts).
 * Without the template (a test run without that global setup) the database
 * is migrated as Medusa's runner does it.
 *
 * The last two replace functions of the runner's own modules. The runner
 * looks them up at each call, and each test file has its own module
 * registry, so the change holds for this file's runner only.
 */
export function medusaIntegrationTestRunner(runnerOptions: RunnerOptions) {
  restoreInPlace(postgresTemplate)
  const options = { ...runnerOptions, testSuite: withSuiteChecks(runnerOptions.testSuite) }
  const template = process.env.LOYALTY_HTTP_TEMPLATE_DB
  if (!template || options.dbName) {
    return medusaRunner(options)
  }
  const dbName = `loyalty-http-${randomBytes(5).toString("hex")}-${process.env.JEST_WORKER_ID ?? "1"}`
  return medusaRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      // Runs before the runner creates (if missing) and migrates the database.
      beforeServerStart: async (container) => {
        const client = maintenanceClient()
        await client.connect()
        try {
          // A template dropped as stale by another checkout's test run: the
          // runner creates and migrates the database itself.
          if (await copyDatabase(client, template, dbName)) {
            skipMigrations(useDb)
          }
        } finally {
          await client.end()
        }
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

/**
 * Hooks every suite gets:
 *  - failed requests reject with plain errors (./plain-request-errors.ts);
 *  - after every test, the points report's per-day summary must equal a
 *    `GROUP BY` over the ledger, whatever the test did to the ledger. (Runs
 *    after the runner's own afterEach, which waits for the test's workflows,
 *    and before the next test restores the database.)
 */
function withSuiteChecks(testSuite: RunnerOptions["testSuite"]): RunnerOptions["testSuite"] {
  return (suiteOptions) => {
    // After the runner's own beforeAll, which creates the client.
    beforeAll(() => plainRequestErrors(suiteOptions.api))
    afterEach(async () => {
      const container = suiteOptions.getContainer()
      if (!container?.hasRegistration(CUSTOMER_LOYALTY_MODULE)) {
        return
      }
      const differences = await container
        .resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
        .diffLoyaltyEntrySummary()
      expect(differences).toEqual([])
    })
    return testSuite(suiteOptions)
  }
}
