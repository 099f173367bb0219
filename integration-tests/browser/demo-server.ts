import { ChildProcess, spawn } from "child_process"
import { copyDatabase, maintenanceClient, testDatabaseUrl } from "../helpers/database-copy"

const ROOT = `${__dirname}/../..`

/**
 * Drops and creates a database on the local PostgreSQL: a copy of the
 * migrated and seeded demo database the global setup prepared
 * (demo-database-template.ts), which the demo then neither migrates nor
 * seeds, or an empty one it migrates and seeds.
 */
export async function recreateDatabase(name: string) {
  const template = process.env.BROWSER_DEMO_TEMPLATE_DB
  const client = maintenanceClient()
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
    if (!template || !(await copyDatabase(client, template, name))) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
    }
  } finally {
    await client.end()
  }
}

/**
 * Starts the demo (`npm run demo`: migrate, seed, admin user, develop) on its
 * own database and port, and resolves once the server answers /health —
 * and the storefront its page, when a `storefrontPort` is given (without
 * one the demo starts no storefront). `adminDashboard: false` leaves out the
 * admin's development bundle (the admin API still answers), which a test
 * that never opens /app need not pay for.
 */
export async function startDemo({
  database,
  port,
  storefrontPort,
  adminDashboard = true,
  timeoutMs = 5 * 60 * 1000,
}: {
  database: string
  port: number
  storefrontPort?: number
  adminDashboard?: boolean
  timeoutMs?: number
}): Promise<{ url: string; storefrontUrl: string | null; stop: () => Promise<void> }> {
  const storefrontArgs = storefrontPort
    ? ["--storefront-port", String(storefrontPort)]
    : ["--no-storefront"]
  const child: ChildProcess = spawn(
    process.execPath,
    ["scripts/demo.js", "--port", String(port), ...storefrontArgs],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "development",
        DATABASE_URL: testDatabaseUrl(database),
        ...(adminDashboard ? {} : { MEDUSA_ADMIN_DISABLED: "true" }),
      },
    }
  )
  let output = ""
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))

  const url = `http://localhost:${port}`
  const storefrontUrl = storefrontPort ? `http://localhost:${storefrontPort}` : null
  const stop = async () => {
    if (child.exitCode !== null) {
      return
    }
    const exited = new Promise((resolve) => child.once("exit", resolve))
    process.kill(-child.pid!, "SIGINT")
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 15000)
    await exited
    clearTimeout(timer)
  }

  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The demo exited early:\n${output.slice(-4000)}`)
    }
    if (storefrontUrl && /The storefront did not start|without the storefront/.test(output)) {
      await stop()
      throw new Error(`The demo's storefront did not start:\n${output.slice(-4000)}`)
    }
    const answers = (address: string) =>
      fetch(address)
        .then((response) => response.ok)
        .catch(() => false)
    if ((await answers(`${url}/health`)) && (!storefrontUrl || (await answers(storefrontUrl)))) {
      return { url, storefrontUrl, stop }
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  await stop()
  throw new Error(`The demo did not start in time:\n${output.slice(-4000)}`)
}
