import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../../utils/validate-request"
import { AdminAssignCustomerFlag } from "./validators"
import {
  AdminCreateLoyaltyAdjustment,
  AdminCreateLoyaltyRedemption,
  AdminGetCustomerLoyaltyEntriesParams,
  AdminGetCustomerLoyaltyRedemptionsParams,
} from "./[id]/loyalty/validators"

export const adminCustomerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/flags",
    middlewares: [validateAndTransformBody(AdminAssignCustomerFlag)],
  },
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/loyalty/entries",
    middlewares: [
      validateAndTransformQuery(AdminGetCustomerLoyaltyEntriesParams, {
        defaults: [],
        isList: false,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/loyalty/adjustments",
    middlewares: [validateAndTransformBody(AdminCreateLoyaltyAdjustment)],
  },
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/loyalty/redemptions",
    middlewares: [
      validateAndTransformQuery(AdminGetCustomerLoyaltyRedemptionsParams, {
        defaults: [],
        isList: false,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/loyalty/redemptions",
    middlewares: [validateAndTransformBody(AdminCreateLoyaltyRedemption)],
  },
]
