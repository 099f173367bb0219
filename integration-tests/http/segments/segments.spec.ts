import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { incrementalRefreshTests } from "./incremental-refresh.suite"
import { purchaseRulesTests } from "./purchase-rules.suite"
import { rulesPropertyTests } from "./rules-property.suite"
import { segmentFieldsTests } from "./segment-fields.suite"
import { segmentsTests } from "./segments.suite"
import { adminCustomerFlagsTests } from "../customer-flags/admin-customer-flags.suite"
import { customerFlagAssignmentsTests } from "../customer-flags/customer-flag-assignments.suite"
import { flagAssignmentRacesTests } from "../customer-flags/flag-assignment-races.suite"
import { flagRenewalByRuleTests } from "../customer-flags/flag-renewal-by-rule.suite"
import { flagSalesChannelsTests } from "../customer-flags/flag-sales-channels.suite"
import { flagWorkflowCompensationTests } from "../customer-flags/flag-workflow-compensation.suite"
import { storeFlagLeakTests } from "../customer-flags/store-flag-leak.suite"
import { workflowHooksTests } from "../customer-flags/workflow-hooks.suite"

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
    // The customer-flags area, whose flags segments give, shares this boot.
    describe("customer flags in the admin", () => adminCustomerFlagsTests(options))
    describe("flag assignments", () => customerFlagAssignmentsTests(options))
    describe("flag workflows undone on failure", () => flagWorkflowCompensationTests(options))
    describe("flags on several sales channels", () => flagSalesChannelsTests(options))
    describe("concurrent flag assignments", () => flagAssignmentRacesTests(options))
    describe("renewal by a rule keeps a manual assignment", () => flagRenewalByRuleTests(options))
    describe("workflow hooks and additional_data", () => workflowHooksTests(options))
    describe("no flag in any store response", () => storeFlagLeakTests(options))
  },
})
