#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every test run, even after one fails, exiting non-zero if any
 * failed, so that one run shows all failures at once.
 *
 * Two lanes run at once, to keep both cores of a small machine busy: the
 * unit, module and HTTP tests one after the other, and beside them the
 * browser tests. The browser run spends much of its time waiting (for the
 * demo's database to be seeded, for pages, for Medusa) with one core or
 * none busy, which the other lane fills. Its output is kept and printed once
 * the other lane is done, so the two do not interleave.
 */
"use strict"

const { spawn } = require("child_process")

/**
 * Runs `npm run <script>`, its output to ours or, with `keepOutput`, kept.
 * @param {string} script
 * @param {{ keepOutput?: boolean }} [options]
 * @returns {Promise<{ script: string, ok: boolean, seconds: number, output: string }>}
 */
function run(script, { keepOutput = false } = {}) {
  const started = Date.now()
  const child = spawn("npm", ["run", script], {
    stdio: keepOutput ? ["ignore", "pipe", "pipe"] : "inherit",
  })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  return new Promise((resolve) => {
    child.on("close", (code) =>
      resolve({ script, ok: code === 0, seconds: (Date.now() - started) / 1000, output })
    )
  })
}

/** @param {string[]} scripts */
async function oneAfterAnother(scripts) {
  const results = []
  for (const script of scripts) {
    results.push(await run(script))
  }
  return results
}

async function main() {
  const started = Date.now()
  const browser = run("test:browser", { keepOutput: true })
  const results = await oneAfterAnother(["test:unit", "test:modules", "test:http"])
  const browserResult = await browser
  process.stdout.write(`\n> test:browser (ran beside the others)\n\n${browserResult.output}`)
  results.push(browserResult)

  console.log("")
  for (const { script, ok, seconds } of results) {
    console.log(`${ok ? "passed" : "FAILED"}  ${script} in ${seconds.toFixed(1)} s`)
  }
  console.log(`All runs in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const failed = results.filter((result) => !result.ok).map((result) => result.script)
  if (failed.length) {
    console.error(`\nFailed: ${failed.join(", ")}`)
    process.exit(1)
  }
}

main()
