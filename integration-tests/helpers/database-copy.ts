import { Client } from "@medusajs/framework/pg"

/** The tests' PostgreSQL (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD), as Medusa's test runner reads it. */
const connection = (database: string) => ({
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD || undefined,
  database,
})

/** A client on one database of the tests' PostgreSQL. */
export function databaseClient(database: string) {
  return new Client(connection(database))
}

/** A client on the maintenance database of the tests' PostgreSQL. */
export function maintenanceClient() {
  return databaseClient(process.env.DB_WAITINGROOM_DATABASE ?? "postgres")
}

/** The URL of one database on the tests' PostgreSQL (a DATABASE_URL for `medusa`). */
export function testDatabaseUrl(database: string) {
  const { host, port, user, password } = connection(database)
  const auth = password ? `${user}:${encodeURIComponent(password)}` : user
  return `postgres://${auth}@${host}:${port}/${database}`
}

/**
 * Creates `name` as a copy of `template`, with the template's comment (the
 * demo keeps its migration fingerprint there). Resolves false, creating
 * nothing, when the template does not exist.
 */
export async function copyDatabase(client: Client, template: string, name: string) {
  // Copies started at the same moment by two workers may see each other as
  // a session on the template; one waits and tries again.
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`
      )
      break
    } catch (error) {
      const message = (error as Error).message
      if (/template database .* does not exist/.test(message)) return false
      if (attempt >= 10 || !/being accessed by other users/.test(message)) throw error
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
  }
  const { rows } = await client.query(
    "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
    [template]
  )
  if (rows[0]?.comment) {
    await client.query(
      `COMMENT ON DATABASE ${client.escapeIdentifier(name)} IS ${client.escapeLiteral(rows[0].comment)}`
    )
  }
  return true
}
