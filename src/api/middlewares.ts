import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBenefitsMiddlewares } from "./admin/benefits/middlewares"
import { adminCustomerFlagsMiddlewares } from "./admin/customer-flags/middlewares"
import { adminCustomerOverviewMiddlewares } from "./admin/customer-overview/middlewares"
import { adminCustomerInsightsMiddlewares } from "./admin/customer-insights-middlewares"
import { adminCustomerMiddlewares } from "./admin/customers/middlewares"
import { adminLoyaltyMiddlewares } from "./admin/loyalty/middlewares"
import { adminLoyaltyMessagesMiddlewares } from "./admin/loyalty/messages/middlewares"
import { adminSegmentsMiddlewares } from "./admin/segments/middlewares"
import { hooksCustomerLoyaltyMiddlewares } from "./hooks/customer-loyalty/middlewares"
import { storeLoyaltyMiddlewares } from "./store/middlewares"
import { pathGuardMiddlewares } from "./utils/validate-request"

export default defineMiddlewares({
  routes: [
    ...pathGuardMiddlewares,
    ...adminBenefitsMiddlewares,
    ...adminCustomerFlagsMiddlewares,
    ...adminCustomerOverviewMiddlewares,
    ...adminCustomerInsightsMiddlewares,
    ...adminCustomerMiddlewares,
    ...adminLoyaltyMiddlewares,
    ...adminLoyaltyMessagesMiddlewares,
    ...adminSegmentsMiddlewares,
    ...hooksCustomerLoyaltyMiddlewares,
    ...storeLoyaltyMiddlewares,
  ],
})
