import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { customerOverviewTests } from "./customer-overview.suite"
import { customerSummaryTests } from "./customer-summary.suite"
import { orderFactsTests } from "./order-facts.suite"
import { salesStatsTests } from "./sales-stats.suite"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(240 * 1000)

// One Medusa boot for these suites; each test still starts from the database
// as it was before the first (the runner restores it).
medusaIntegrationTestRunner({
  testSuite: (options) => {
    describe("the customer overview", () => customerOverviewTests(options))
    describe("the customer summary", () => customerSummaryTests(options))
    describe("sales stats", () => salesStatsTests(options))
    describe("order facts", () => orderFactsTests(options))
  },
})
