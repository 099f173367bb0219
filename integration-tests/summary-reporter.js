const fs = require("fs")
const path = require("path")

/**
 * Appends each jest run's counts to `.jest-results/summary.jsonl`, so that
 * `.ci/run` can print one total over the unit, module, HTTP and browser runs.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const dir = path.join(process.cwd(), ".jest-results")
    fs.mkdirSync(dir, { recursive: true })
    const line = {
      suite: process.env.TEST_TYPE ?? "unknown",
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    }
    fs.appendFileSync(path.join(dir, "summary.jsonl"), JSON.stringify(line) + "\n")
  }
}

module.exports = SummaryReporter
