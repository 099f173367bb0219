import { publishScreenshots } from "./screenshots"

/** Jest global teardown of the browser tests: every demo has stopped, so the screenshots may go to docs/. */
export default async function publishBrowserScreenshots() {
  const dir = process.env.BROWSER_SCREENSHOTS_DIR
  if (dir) {
    publishScreenshots(dir)
  }
}
