import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { outOfRangeDatesTests } from "./out-of-range-dates.suite"
import { offerLinkUrlsTests } from "./offer-link-urls.suite"

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
