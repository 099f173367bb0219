import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { bookingsWebhookTests } from "./bookings-webhook.suite"
import { earnAndReverseTests } from "./earn-and-reverse.suite"
import { householdsTests } from "./households.suite"
import { redemptionListTests } from "./redemption-list.suite"
import { redemptionsTests } from "./redemptions.suite"
import { spendingRewardsTests } from "./spending-rewards.suite"
import { tierGroupsTests } from "./tier-groups.suite"
import { offerLinkUrlsTests } from "../input-validation/offer-link-urls.suite"
import { outOfRangeDatesTests } from "../input-validation/out-of-range-dates.suite"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(240 * 1000)

// One Medusa boot for these suites; each test still starts from the database
// as it was before the first (the runner restores it).
medusaIntegrationTestRunner({
  testSuite: (options) => {
    describe("earning and reversing", () => earnAndReverseTests(options))
    describe("households", () => householdsTests(options))
    describe("redemptions", () => redemptionsTests(options))
    describe("the shopper's rewards", () => redemptionListTests(options))
    describe("tier groups", () => tierGroupsTests(options))
    describe("spending gift cards and store credit", () => spendingRewardsTests(options))
    describe("points from the bookings webhook", () => bookingsWebhookTests(options))
    // Input checks across every area's routes, on this boot to save one of their own.
    describe("out-of-range dates", () => outOfRangeDatesTests(options))
    describe("offer link URLs", () => offerLinkUrlsTests(options))
  },
})
