#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:export [-- options]` — the two exports, CSV and Excel, on
 * the ledger bench's data: each download streamed and counted by the
 * client (never held), the server's RSS sampled every 100 ms, and its peak
 * in each tenth of the download printed (flat when the export streams).
 *
 * Needs a database that `npm run bench:ledger` generated (the same
 * BENCH_DATABASE, default medusa_customer_loyalty_bench); it is only read.
 * See bench/README.md.
 */
"use strict"

const path = require("node:path")
const { streamDownload } = require("../ledger/http")
const { createHarness, loadAverage } = require("../lib/harness")

const DATABASE =
  process.env.BENCH_DATABASE || process.env.BENCH_LEDGER_DATABASE || "medusa_customer_loyalty_bench"
const {
  log,
  record,
  timed,
  withClient,
  medusaEnv,
  spawnMedusa,
  stopGroup,
  freePort,
  waitForHealth,
  ensureAdminUser,
  login,
  codeVersion,
  stopAll,
} = createHarness({ bench: "export", database: DATABASE, outDir: path.join(__dirname, ".out") })

/** @type {Record<string, string>} */
const ROUTES = {
  entries: "/admin/loyalty/entries/export",
  customers: "/admin/customer-overview/export",
}

const HELP = `Usage: npm run bench:export -- [options]

  --routes LIST   entries, customers or both (default entries,customers)
  --formats LIST  csv, xlsx or both (default csv,xlsx)
  --port N        server port, or the next free one (default 9200)

Database: ${DATABASE} (BENCH_DATABASE), as npm run bench:ledger left it.`

/**
 * One download's figures; a workbook's have no rows (it is zipped).
 * @typedef {Awaited<ReturnType<typeof streamDownload>>} DownloadFigures
 * @typedef {Omit<DownloadFigures, "rows" | "rows_per_second"> & Partial<Pick<DownloadFigures, "rows" | "rows_per_second">> & { route: string, format: string, load_average_before: string }} ExportFigures
 */

/**
 * @param {string[]} argv
 * @returns {{ routes: string[], formats: string[], port: number, help?: boolean }}
 */
function parseArgs(argv) {
  /** @type {ReturnType<typeof parseArgs>} */
  const options = { routes: Object.keys(ROUTES), formats: ["csv", "xlsx"], port: 9200 }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2)
    const value = () => (inline !== undefined ? inline : argv[++i])
    switch (flag) {
      case "--routes":
        options.routes = value().split(",")
        break
      case "--formats":
        options.formats = value().split(",")
        break
      case "--port":
        options.port = Number(value())
        break
      case "--help":
      case "-h":
        options.help = true
        break
      default:
        throw new Error(`Unknown option ${argv[i]} (try --help)`)
    }
  }
  for (const route of options.routes) if (!ROUTES[route]) throw new Error(`Unknown route ${route}`)
  for (const format of options.formats)
    if (!["csv", "xlsx"].includes(format)) throw new Error(`Unknown format ${format}`)
  return options
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) return console.log(HELP)
  const counts = await withClient(DATABASE, async (client) => {
    /** @type {import("pg").QueryResult<{ entries: number, customers: number }>} */
    const { rows } = await client.query(
      "SELECT (SELECT count(*) FROM loyalty_entry)::int AS entries, (SELECT count(*) FROM customer)::int AS customers"
    )
    return rows[0]
  })
  log(`${DATABASE}: ${counts.customers} customers, ${counts.entries} entries`)
  await timed("Admin user (medusa user)", ensureAdminUser)
  const port = await freePort(options.port)
  const baseUrl = `http://localhost:${port}`
  const server = spawnMedusa(
    "server",
    ["start", "--port", String(port)],
    medusaEnv({ PORT: String(port) })
  )
  /** @type {ExportFigures[]} */
  const rows = []
  try {
    await timed(`medusa start on port ${port}`, () => waitForHealth(baseUrl, server.exited))
    const headers = await login(baseUrl)
    for (const route of options.routes) {
      for (const format of options.formats) {
        const load = loadAverage()
        const download = await timed(`${route} as ${format}`, () =>
          streamDownload({
            baseUrl,
            headers,
            path: `${ROUTES[route]}?format=${format}`,
            serverPid: server.child.pid,
          })
        )
        /** @type {ExportFigures} */
        const figures = {
          route: ROUTES[route],
          format,
          load_average_before: load,
          ...download.value,
        }
        if (format === "xlsx") {
          // Lines are rows only in CSV; a workbook is zipped.
          delete figures.rows
          delete figures.rows_per_second
        }
        record(`${route}_${format}`, figures)
        rows.push(figures)
      }
    }
  } finally {
    await timed("Stopping the server", () => stopGroup(server.child))
  }
  console.log("")
  for (const r of rows) {
    console.log(`${r.route}?format=${r.format}`)
    if (r.error) {
      console.log(`  failed: ${r.error}`)
      continue
    }
    console.log(
      `  ${r.mb} MB in ${r.seconds} s (first byte ${r.first_byte_ms} ms)${r.rows !== undefined ? ` · ${r.rows} rows` : ""}`
    )
    console.log(
      `  server RSS ${r.server_rss_before_mb} → peak ${r.server_rss_peak_mb} MB (+${r.server_rss_growth_mb} MB) · after ${r.server_rss_after_mb} MB`
    )
    console.log(`  server RSS by tenth: ${r.server_rss_by_tenth_mb.join(" · ")} MB`)
  }
  console.log(`code ${codeVersion()} · load average ${loadAverage()}`)
}

main().catch(async (error) => {
  console.error(error)
  await stopAll()
  process.exitCode = 1
})
