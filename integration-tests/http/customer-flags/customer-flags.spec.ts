import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { adminCustomerFlagsTests } from "./admin-customer-flags.suite"
import { customerFlagAssignmentsTests } from "./customer-flag-assignments.suite"
import { flagAssignmentRacesTests } from "./flag-assignment-races.suite"
import { flagRenewalByRuleTests } from "./flag-renewal-by-rule.suite"
import { flagSalesChannelsTests } from "./flag-sales-channels.suite"
import { flagWorkflowCompensationTests } from "./flag-workflow-compensation.suite"
import { storeFlagLeakTests } from "./store-flag-leak.suite"
import { workflowHooksTests } from "./workflow-hooks.suite"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(240 * 1000)

// One Medusa boot for these suites; each test still starts from the database
// as it was before the first (the runner restores it).
medusaIntegrationTestRunner({
  testSuite: (options) => {
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
