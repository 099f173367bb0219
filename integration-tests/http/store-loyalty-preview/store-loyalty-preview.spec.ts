import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { loyaltyClientTests } from "./loyalty-client.suite"
import { pointsPreviewTests } from "./points-preview.suite"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(240 * 1000)

// One Medusa boot for these suites; each test still starts from the database
// as it was before the first (the runner restores it).
medusaIntegrationTestRunner({
  testSuite: (options) => {
    describe("the typed store client", () => loyaltyClientTests(options))
    describe("points previews", () => pointsPreviewTests(options))
  },
})
