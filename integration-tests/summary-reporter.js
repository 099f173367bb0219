const fs = require("fs")
const path = require("path")

/**
 * Appends each jest run's counts to `.jest-results/summary.jsonl`, so that
 * `.ci/run` can print one total over the unit, module, HTTP and browser runs,
 * with the name and first error lines of every failed test (CI keeps only
 * the tail of its log, where jest's own report of a failure is long gone).
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
      failures: failuresOf(results),
    }
    fs.appendFileSync(path.join(dir, "summary.jsonl"), JSON.stringify(line) + "\n")
  }
}

const ERROR_LINES = 6

function failuresOf(results) {
  const failures = []
  for (const file of results.testResults) {
    const where = path.relative(process.cwd(), file.testFilePath)
    if (file.testExecError) {
      failures.push({ test: where, error: firstLines(file.testExecError.message) })
    }
    for (const test of file.testResults) {
      if (test.status !== "failed") continue
      failures.push({
        test: `${where} › ${test.fullName}`,
        error: firstLines(test.failureMessages.join("\n")),
      })
    }
  }
  return failures
}

function firstLines(text) {
  return (
    String(text ?? "")
      // eslint-disable-next-line no-control-regex -- the escapes that colour jest's messages
      .replace(/\u001b\[[0-9;]*m/g, "")
      .split("\n")
      .filter((line) => line.trim())
      .slice(0, ERROR_LINES)
      .join("\n")
  )
}

module.exports = SummaryReporter
