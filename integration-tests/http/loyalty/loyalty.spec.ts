import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { adminLoyaltyAccountsTests } from "./admin-loyalty-accounts.suite"
import { adminLoyaltyConfigTests } from "./admin-loyalty-config.suite"
import { keysetPagingTests } from "./keyset-paging.suite"
import { loyaltyEntriesExportStreamTests } from "./loyalty-entries-export-stream.suite"
import { loyaltyEntriesReportTests } from "./loyalty-entries-report.suite"
import { loyaltyEntrySummaryTests } from "./loyalty-entry-summary.suite"
import { loyaltyReportIndexesTests } from "./loyalty-report-indexes.suite"
import { membershipIdentifierAndHouseholdsTests } from "./membership-identifier-and-households.suite"
import { storeLoyaltyTests } from "./store-loyalty.suite"
import { loyaltyClientTests } from "../store-loyalty-preview/loyalty-client.suite"
import { pointsPreviewTests } from "../store-loyalty-preview/points-preview.suite"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(240 * 1000)

// One Medusa boot for these suites; each test still starts from the database
// as it was before the first (the runner restores it).
medusaIntegrationTestRunner({
  testSuite: (options) => {
    describe("loyalty accounts in the admin", () => adminLoyaltyAccountsTests(options))
    describe("loyalty settings, earn rules, tiers and rewards", () =>
      adminLoyaltyConfigTests(options))
    describe("the points report", () => loyaltyEntriesReportTests(options))
    describe("the points report's per-day summary", () => loyaltyEntrySummaryTests(options))
    describe("paging the ledger and the memberships by cursor", () => keysetPagingTests(options))
    describe("the points report's export at size", () => loyaltyEntriesExportStreamTests(options))
    describe("the points report's indexes", () => loyaltyReportIndexesTests(options))
    describe("the store's loyalty routes", () => storeLoyaltyTests(options))
    describe("member identifiers, leaving a household, closed memberships", () =>
      membershipIdentifierAndHouseholdsTests(options))
    // The store-loyalty-preview area shares this boot.
    describe("the typed store client", () => loyaltyClientTests(options))
    describe("points previews", () => pointsPreviewTests(options))
  },
})
