import { existsSync, readdirSync, readFileSync } from "fs"
import path from "path"

/**
 * docs/architecture.md names files and folders of the repository; this keeps
 * it true as the code moves: every path it names exists, it names enough of
 * them to mean something, and no subscriber or scheduled job is left out.
 */
const ROOT = path.resolve(__dirname, "../..")
const DOC = path.join(ROOT, "docs/architecture.md")

/** Backticked paths under the folders the doc describes, in the order they appear. */
function namedPaths(markdown: string): string[] {
  const pattern = /`((?:src|integration-tests|bench|scripts)\/[^`\s]*)`/g
  return [...markdown.matchAll(pattern)].map((match) => match[1].replace(/\/$/, ""))
}

/** The `.ts` files of a folder that the plugin runs: no tests, no index. */
function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => entry.name)
    .filter((name) => name !== "index.ts" && !/\.spec\.ts$/.test(name) && !name.endsWith(".d.ts"))
    .map((name) => `${folder}/${name}`)
}

describe("docs/architecture.md", () => {
  const paths = namedPaths(readFileSync(DOC, "utf8"))
  const named = new Set(paths)

  it("names at least 20 paths of the repository", () => {
    expect(named.size).toBeGreaterThanOrEqual(20)
  })

  it("names only paths that exist", () => {
    const missing = [...named].filter((p) => !existsSync(path.join(ROOT, p)))
    expect(missing).toEqual([])
  })

  it.each([["src/subscribers"], ["src/jobs"]])("names every file in %s", (folder) => {
    const files = sourceFiles(folder)
    expect(files.length).toBeGreaterThan(0)
    const forgotten = files.filter((file) => !named.has(file))
    expect(forgotten).toEqual([])
  })
})
