import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { benefitAdminTests } from "./benefit-admin.suite"
import { checkoutLimitsTests } from "./checkout-limits.suite"
import { memberPricesTests } from "./member-prices.suite"
import { offerLinksTests } from "./offer-links.suite"
import { staffCustomerBenefitsTests } from "./staff-customer-benefits.suite"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(240 * 1000)

// One Medusa boot for these suites; each test still starts from the database
// as it was before the first (the runner restores it).
medusaIntegrationTestRunner({
  testSuite: (options) => {
    describe("benefits in the admin", () => benefitAdminTests(options))
    describe("benefit limits at checkout", () => checkoutLimitsTests(options))
    describe("member prices and early-access limits", () => memberPricesTests(options))
    describe("offer links", () => offerLinksTests(options))
    describe("a customer's benefits for staff", () => staffCustomerBenefitsTests(options))
  },
})
