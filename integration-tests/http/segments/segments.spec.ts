import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { incrementalRefreshTests } from "./incremental-refresh.suite"
import { purchaseRulesTests } from "./purchase-rules.suite"
import { rulesPropertyTests } from "./rules-property.suite"
import { segmentFieldsTests } from "./segment-fields.suite"
import { segmentsTests } from "./segments.suite"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(240 * 1000)

// One Medusa boot for these suites; each test still starts from the database
// as it was before the first (the runner restores it).
medusaIntegrationTestRunner({
  testSuite: (options) => {
    describe("purchase rules", () => purchaseRulesTests(options))
    describe("segment fields", () => segmentFieldsTests(options))
    describe("segments", () => segmentsTests(options))
    describe("incremental refresh", () => incrementalRefreshTests(options))
    describe("compiled rules against a plain reading of them", () => rulesPropertyTests(options))
  },
})
