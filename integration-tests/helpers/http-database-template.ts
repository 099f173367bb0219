/**
 * Jest global setup of the HTTP tests: one migrated database that every test
 * file's database is copied from.
 *
 * Each HTTP test file boots Medusa on a database of its own. Migrating each
 * one took about 12 of a file's 30 seconds; copying a migrated template
 * (CREATE DATABASE … TEMPLATE) takes well under one, and the runner's own
 * migration step then finds nothing left to do. The template is made once
 * with `medusa db:migrate --skip-scripts` (the runner runs no migration
 * scripts either), named after a fingerprint of the migrations, links, config
 * and installed packages, and kept between runs until one of those changes.
 *
 * The name reaches the test files as LOYALTY_HTTP_TEMPLATE_DB
 * (integration-tests/helpers/medusa-test-runner.ts).
 */
import { spawnSync } from "child_process"
import path from "path"
import { migrationFingerprint } from "../../scripts/lib/migration-fingerprint"
import { maintenanceClient, testDatabaseUrl } from "./database-copy"

const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA_CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")
const PREFIX = "loyalty_http_template_"
const READY = "migrated template of the HTTP tests"
// Two test runs started together make the template once.
const LOCK_KEY = 7306202611

function migrate(database: string) {
  const result = spawnSync(process.execPath, [MEDUSA_CLI, "db:migrate", "--skip-scripts"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "test", DATABASE_URL: testDatabaseUrl(database) },
    encoding: "utf8",
  })
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-30).join("\n")
    throw new Error(`medusa db:migrate on ${database} failed:\n${output}`)
  }
}

export default async function createHttpDatabaseTemplate() {
  const name = PREFIX + migrationFingerprint().slice(0, 16)
  const client = maintenanceClient()
  await client.connect()
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY])
    const { rows } = await client.query(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [name]
    )
    if (rows[0]?.comment !== READY) {
      const started = Date.now()
      // An unfinished template (a run stopped while migrating it) may still
      // have the stopped migration's connection open.
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
      migrate(name)
      await client.query(
        `COMMENT ON DATABASE ${client.escapeIdentifier(name)} IS ${client.escapeLiteral(READY)}`
      )
      console.log(
        `\nMigrated the HTTP tests' template database ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`
      )
    }
    // Templates of earlier migrations; skipped while another run copies them,
    // and kept when LOYALTY_KEEP_HTTP_TEMPLATES is set (checkouts of several
    // branches, each with its own migrations, testing on one PostgreSQL).
    const stale = process.env.LOYALTY_KEEP_HTTP_TEMPLATES
      ? { rows: [] }
      : await client.query(
          "SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2",
          [`${PREFIX}%`, name]
        )
    for (const { datname } of stale.rows) {
      await client
        .query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)}`)
        .catch(() => {})
    }
  } finally {
    await client.end()
  }
  process.env.LOYALTY_HTTP_TEMPLATE_DB = name
}
