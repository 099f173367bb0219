import fs from "fs"
import os from "os"
import path from "path"

/**
 * Where the browser tests' screenshots end up, for docs/screenshots.md.
 *
 * `medusa develop` restarts (and forgets sessions) when a file in the
 * project changes, and the two browser test files run at once, each with a
 * demo of its own. So no test writes into the project while a demo runs:
 * screenshots go to one temporary folder, made by the global setup, and the
 * global teardown copies them to docs/screenshots once every demo has
 * stopped.
 */
export const DOCS_SCREENSHOTS = path.join(__dirname, "../../docs/screenshots")

/** The run's temporary screenshot folder (one of its own outside a jest run's setup). */
export const screenshotsDir = () => {
  const dir = process.env.BROWSER_SCREENSHOTS_DIR
  if (dir) {
    return dir
  }
  const own = fs.mkdtempSync(path.join(os.tmpdir(), "customer-loyalty-shots-"))
  process.env.BROWSER_SCREENSHOTS_DIR = own
  return own
}

/** Copies the run's screenshots (PNG only: the tests also save exports there) to docs/screenshots. */
export const publishScreenshots = (dir: string) => {
  fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true })
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".png"))) {
    fs.copyFileSync(path.join(dir, file), path.join(DOCS_SCREENSHOTS, file))
  }
  fs.rmSync(dir, { recursive: true, force: true })
}
