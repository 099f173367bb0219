const fs = require("fs")
const path = require("path")
const Sequencer = require("@jest/test-sequencer").default

/**
 * Starts the HTTP test files with the most test code first, so that the
 * workers finish close together. Jest's own order, without the timings of an
 * earlier run (a fresh clone, as in CI), is by file size, and an area's spec
 * file is a few lines that import its suites: the longest area started last
 * and ran on alone for minutes.
 */
class HttpTestSequencer extends Sequencer {
  sort(tests) {
    const weight = new Map(tests.map((test) => [test.path, testCodeSize(test.path)]))
    return [...tests].sort((a, b) => weight.get(b.path) - weight.get(a.path))
  }
}

/** The size of a spec file and of the `*.suite` files it imports, its area's or another's. */
function testCodeSize(file) {
  const source = fs.readFileSync(file, "utf8")
  let size = source.length
  for (const [, suite] of source.matchAll(/from "(\.\.?\/[^"]+\.suite)"/g)) {
    size += fs.statSync(path.resolve(path.dirname(file), `${suite}.ts`)).size
  }
  return size
}

module.exports = HttpTestSequencer
