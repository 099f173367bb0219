// @ts-check
"use strict"
/**
 * The machine's yardstick: PostgreSQL's own pgbench against the same
 * server in the same run, on a scratch database of its own (`pgbench -i`),
 * read-only (`-S`: one primary-key SELECT per transaction) and simple
 * writes (`-N`: an UPDATE and an INSERT per transaction, without the
 * contended branch and teller rows). A figure of the ledger bench means
 * more beside what the database does alone on the same busy machine.
 */
const { spawn } = require("node:child_process")

const PGBENCH = process.env.BENCH_PGBENCH || "pgbench"

/**
 * Runs a command, resolving with its output; rejects on a non-zero exit.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<string>}
 */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(
            new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output.slice(-1500)}`)
          )
    )
  })
}

/**
 * tps, average latency and transactions from pgbench's report.
 * @param {string} output
 */
function parseReport(output) {
  /** @param {RegExp} pattern */
  const number = (pattern) => {
    const match = pattern.exec(output)
    return match ? Number(match[1]) : null
  }
  return {
    tps: number(/^tps = ([\d.]+) \(without initial connection time\)/m),
    latency_avg_ms: number(/^latency average = ([\d.]+) ms/m),
    transactions: number(/^number of transactions actually processed: (\d+)/m),
    failed: number(/^number of failed transactions: (\d+)/m) ?? 0,
  }
}

/**
 * `pgbench -i -s <scale>` into `url` (a database made for it), then `-S`
 * and `-N` for `seconds` each at `clients` clients on `threads` threads.
 * @param {object} options
 * @param {string} options.url
 * @param {number} options.scale
 * @param {number} options.clients
 * @param {number} options.threads
 * @param {number} options.seconds
 * @param {(message: string) => void} [options.log]
 */
async function runPgbench({ url, scale, clients, threads, seconds, log = () => {} }) {
  const started = performance.now()
  await run(PGBENCH, ["-i", "-q", "-s", String(scale), url])
  const initSeconds = (performance.now() - started) / 1000
  /** @type {{ scale: number, clients: number, threads: number, seconds: number, init_seconds: number } & Partial<Record<"select_only" | "simple_update", ReturnType<typeof parseReport>>>} */
  const results = { scale, clients, threads, seconds, init_seconds: Number(initSeconds.toFixed(1)) }
  for (const [name, flag] of /** @type {const} */ ([
    ["select_only", "-S"],
    ["simple_update", "-N"],
  ])) {
    log(`  pgbench ${flag} -c ${clients} -j ${threads} -T ${seconds}…`)
    const output = await run(PGBENCH, [
      flag,
      "-c",
      String(clients),
      "-j",
      String(threads),
      "-T",
      String(seconds),
      url,
    ])
    results[name] = parseReport(output)
  }
  return results
}

module.exports = { runPgbench, parseReport }
