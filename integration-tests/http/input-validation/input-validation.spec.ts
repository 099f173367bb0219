import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { BOOKINGS_SECRET, outOfRangeDatesTests } from "./out-of-range-dates.suite"
import { offerLinkUrlsTests } from "./offer-link-urls.suite"

// Read by medusa-config.ts into the plugin option bookings.webhook_secret.
process.env.LOYALTY_BOOKINGS_WEBHOOK_SECRET = BOOKINGS_SECRET

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(240 * 1000)

// One Medusa boot for these suites; each test still starts from the database
// as it was before the first (the runner restores it).
medusaIntegrationTestRunner({
  testSuite: (options) => {
    describe("out-of-range dates", () => outOfRangeDatesTests(options))
    describe("offer link URLs", () => offerLinkUrlsTests(options))
  },
})
