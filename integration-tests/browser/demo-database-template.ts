/**
 * The browser tests' demo database, migrated and seeded once
 * (`scripts/demo.js --prepare-only`), which each browser test file copies
 * (CREATE DATABASE … TEMPLATE) instead of migrating and seeding its own.
 * Made afresh on every run: the demo's data is dated from today. It starts
 * as a copy of the HTTP tests' migrated template (made now if `npm test` has
 * not made it already), so the demo only runs the migration scripts and
 * seeds.
 *
 * The name reaches the test files as BROWSER_DEMO_TEMPLATE_DB
 * (integration-tests/browser/demo-server.ts).
 */
import { spawnSync } from "child_process"
import path from "path"
import { copyDatabase, maintenanceClient, testDatabaseUrl } from "../helpers/database-copy"
import createHttpDatabaseTemplate from "../helpers/http-database-template"

const ROOT = path.resolve(__dirname, "..", "..")
const TEMPLATE =
  process.env.BROWSER_DEMO_TEMPLATE_NAME ?? "medusa_customer_loyalty_browser_template"

export default async function createDemoDatabaseTemplate() {
  await createHttpDatabaseTemplate()
  const client = maintenanceClient()
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(TEMPLATE)} WITH (FORCE)`)
    const migrated = process.env.LOYALTY_HTTP_TEMPLATE_DB!
    if (!(await copyDatabase(client, migrated, TEMPLATE))) {
      throw new Error(`The HTTP tests' template database ${migrated} is missing`)
    }
  } finally {
    await client.end()
  }
  const started = Date.now()
  const result = spawnSync(
    process.execPath,
    ["scripts/demo.js", "--prepare-only", "--no-storefront"],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "development", DATABASE_URL: testDatabaseUrl(TEMPLATE) },
      encoding: "utf8",
    }
  )
  if (result.status !== 0) {
    throw new Error(
      `Preparing the demo database failed:\n${`${result.stdout}\n${result.stderr}`.trim().slice(-4000)}`
    )
  }
  console.log(
    `\nPrepared the browser tests' demo database ${TEMPLATE} in ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
  process.env.BROWSER_DEMO_TEMPLATE_DB = TEMPLATE
}
