import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"
import { Client } from "@medusajs/framework/pg"
import { randomBytes } from "crypto"

type RunnerOptions = Parameters<typeof medusaRunner>[0]

/** What a test suite gets from the runner: `api`, `getContainer`, `dbConnection`, … */
export type MedusaSuiteOptions = Parameters<RunnerOptions["testSuite"]>[0]

/**
 * Medusa's integration test runner, on a database copied from the template
 * the HTTP tests' global setup migrated (integration-tests/helpers/
 * http-database-template.js) instead of one migrated from scratch. Medusa's
 * runner still runs its migrations and link sync on the copy; they find it
 * up to date. Without the template (a test run without that global setup)
 * this is Medusa's runner as it is.
 */
export function medusaIntegrationTestRunner(options: RunnerOptions) {
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
        await copyDatabase(template, dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

async function copyDatabase(template: string, name: string) {
  const client = new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database: process.env.DB_WAITINGROOM_DATABASE ?? "postgres",
  })
  await client.connect()
  try {
    // Copies started at the same moment by two workers may see each other
    // as a session on the template; one waits and tries again.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(
          `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`
        )
        return
      } catch (error) {
        const message = (error as Error).message
        // Dropped as stale by a test run of other migrations (another
        // checkout): the runner creates and migrates the database instead.
        if (/template database .* does not exist/.test(message)) return
        if (attempt >= 10 || !/being accessed by other users/.test(message)) throw error
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
      }
    }
  } finally {
    await client.end()
  }
}
