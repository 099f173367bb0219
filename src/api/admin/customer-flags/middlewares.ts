import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../../utils/validate-request"
import { listCustomerFlagsQueryConfig, retrieveCustomerFlagQueryConfig } from "./query-config"
import {
  AdminCreateCustomerFlag,
  AdminGetCustomerFlagParams,
  AdminGetCustomerFlagsParams,
  AdminSetFlagPurchaseRule,
  AdminUpdateCustomerFlag,
} from "./validators"

export const adminCustomerFlagsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customer-flags",
    middlewares: [
      validateAndTransformQuery(AdminGetCustomerFlagsParams, listCustomerFlagsQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-flags",
    middlewares: [
      validateAndTransformBody(AdminCreateCustomerFlag),
      validateAndTransformQuery(AdminGetCustomerFlagParams, retrieveCustomerFlagQueryConfig),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/customer-flags/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetCustomerFlagParams, retrieveCustomerFlagQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-flags/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateCustomerFlag),
      validateAndTransformQuery(AdminGetCustomerFlagParams, retrieveCustomerFlagQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-flags/:id/purchase-rules",
    middlewares: [
      validateAndTransformBody(AdminSetFlagPurchaseRule),
      validateAndTransformQuery(AdminGetCustomerFlagParams, retrieveCustomerFlagQueryConfig),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/customer-flags/:id/purchase-rules",
    middlewares: [
      validateAndTransformQuery(AdminGetCustomerFlagParams, retrieveCustomerFlagQueryConfig),
    ],
  },
]
