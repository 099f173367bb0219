import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { b2bProfileTests } from "./b2b-profile.suite"
import { dataExportTests } from "./data-export.suite"
import { forgetCustomerTests } from "./forget-customer.suite"
import { notesTests } from "./notes.suite"
import { storeB2bLeakTests } from "./store-b2b-leak.suite"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(240 * 1000)

// One Medusa boot for these suites; each test still starts from the database
// as it was before the first (the runner restores it).
medusaIntegrationTestRunner({
  testSuite: (options) => {
    describe("B2B profiles", () => b2bProfileTests(options))
    describe("data export", () => dataExportTests(options))
    describe("forgetting a deleted customer", () => forgetCustomerTests(options))
    describe("staff notes", () => notesTests(options))
    describe("nothing of B2B profiles or notes in the store", () => storeB2bLeakTests(options))
  },
})
