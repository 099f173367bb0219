import createDemoDatabaseTemplate from "./demo-database-template"
import { screenshotsDir } from "./screenshots"

/** Jest global setup of the browser tests: the demo database they copy, and the run's screenshot folder. */
export default async function prepareBrowserTests() {
  screenshotsDir()
  await createDemoDatabaseTemplate()
}
