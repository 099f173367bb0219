#!/usr/bin/env node
// Runs every test suite in turn, even after one fails, and exits non-zero if
// any failed: `npm test` should show all failures at once, not the first.
const { spawnSync } = require("child_process")

const suites = ["test:unit", "test:modules", "test:http", "test:browser"]
const failed = suites.filter(
  (suite) => spawnSync("npm", ["run", suite], { stdio: "inherit" }).status !== 0
)
if (failed.length) {
  console.error(`\nFailed: ${failed.join(", ")}`)
  process.exit(1)
}
