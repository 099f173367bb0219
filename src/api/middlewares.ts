import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCustomerFlagsMiddlewares } from "./admin/customer-flags/middlewares"
import { adminCustomerMiddlewares } from "./admin/customers/middlewares"

export default defineMiddlewares({
  routes: [...adminCustomerFlagsMiddlewares, ...adminCustomerMiddlewares],
})
