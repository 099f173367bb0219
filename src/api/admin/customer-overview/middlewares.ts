import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "../../utils/validate-request"
import { AdminExportCustomerOverviewParams, AdminGetCustomerOverviewParams } from "./validators"

const plainQuery = { defaults: [], isList: false }

export const adminCustomerOverviewMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customer-overview",
    middlewares: [validateAndTransformQuery(AdminGetCustomerOverviewParams, plainQuery)],
  },
  {
    method: ["GET"],
    matcher: "/admin/customer-overview/export",
    middlewares: [validateAndTransformQuery(AdminExportCustomerOverviewParams, plainQuery)],
  },
]
