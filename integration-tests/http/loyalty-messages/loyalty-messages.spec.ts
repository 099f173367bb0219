import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { marketingConsentTests } from "./marketing-consent.suite"
import { loyaltyMessagesTests } from "./messages.suite"
import { pointsNotificationsTests } from "./points-notifications.suite"
import { restoreHarnessTests } from "../harness/restore.suite"

// Read by medusa-config.ts: template ids set and a recording provider
// installed. Every suite that reads what was sent runs on this one boot.
process.env.LOYALTY_RECORD_NOTIFICATIONS = "true"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(240 * 1000)

// One Medusa boot for these suites; each test still starts from the database
// as it was before the first (the runner restores it).
medusaIntegrationTestRunner({
  testSuite: (options) => {
    describe("loyalty messages", () => loyaltyMessagesTests(options))
    describe("points notifications", () => pointsNotificationsTests(options))
    describe("marketing consent", () => marketingConsentTests(options))
    // The harness's own check, on this boot to save one of its own.
    describe("the harness's restore between tests", () => restoreHarnessTests(options))
  },
})
