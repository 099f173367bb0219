import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { customerOverviewTests } from "./customer-overview.suite"
import { customerSummaryTests } from "./customer-summary.suite"
import { orderFactsTests } from "./order-facts.suite"
import { salesStatsTests } from "./sales-stats.suite"
import { b2bProfileTests } from "../customer-insights/b2b-profile.suite"
import { dataExportTests } from "../customer-insights/data-export.suite"
import { forgetCustomerTests } from "../customer-insights/forget-customer.suite"
import { notesTests } from "../customer-insights/notes.suite"
import { storeB2bLeakTests } from "../customer-insights/store-b2b-leak.suite"

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
    // The customer-insights area (profiles, notes, data export) shares this boot.
    describe("B2B profiles", () => b2bProfileTests(options))
    describe("data export", () => dataExportTests(options))
    describe("forgetting a deleted customer", () => forgetCustomerTests(options))
    describe("staff notes", () => notesTests(options))
    describe("nothing of B2B profiles or notes in the store", () => storeB2bLeakTests(options))
  },
})
