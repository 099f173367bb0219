#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:benefits [-- --quick | --keep | --concurrency N]` — what the benefit checks
 * cost a cart action. A database of its own, `medusa db:migrate`, data in
 * SQL (bench/benefits/generate.js: 100,000 customers, 1,000,000 usage rows),
 * then bench/benefits/checks.ts in `medusa exec`: the add-to-cart check and
 * the completion's reserve-and-release, p50/p95/p99 (concurrency 8 unless
 * --concurrency).
 */
"use strict"

const path = require("node:path")
const { generate } = require("./generate")
const { createHarness, loadAverage } = require("../lib/harness")

const DATABASE = process.env.BENCH_DATABASE || "medusa_customer_loyalty_bench_benefits"
const { log, timed, withClient, recreateDatabase, medusaEnv, runMedusa, codeVersion } =
  createHarness({
    bench: "benefits",
    database: DATABASE,
    outDir: path.join(__dirname, ".out"),
  })

async function main() {
  const args = process.argv.slice(2)
  const quick = args.includes("--quick")
  const keep = args.includes("--keep")
  const at = args.indexOf("--concurrency")
  const concurrency = at >= 0 ? args[at + 1] : "8"
  const sizes = quick
    ? { customers: 3_000, usage: 30_000 }
    : { customers: 100_000, usage: 1_000_000 }
  log(`code ${codeVersion()}, load ${loadAverage()}`)
  if (!keep) {
    await recreateDatabase()
    await timed("medusa db:migrate", () => runMedusa("migrate", ["db:migrate"]))
    await timed("generate", () =>
      withClient(DATABASE, (client) => generate(client, { ...sizes, log }))
    )
  }
  await runMedusa(
    "checks",
    ["exec", "./bench/benefits/checks.ts"],
    medusaEnv({
      BENCH_CUSTOMERS: String(sizes.customers),
      BENCH_RUNS: quick ? "200" : "2000",
      BENCH_CONCURRENCY: concurrency,
    }),
    { echo: /"bench":"benefits"/ }
  )
  log(`done, load ${loadAverage()}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
