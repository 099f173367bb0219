import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../../utils/validate-request"
import { BENEFIT_FIELDS } from "./query-config"
import {
  AdminCreateBenefit,
  AdminGetBenefitsParams,
  AdminSetProductSaleStart,
  AdminUpdateBenefit,
} from "./validators"

export const adminBenefitsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/benefits",
    middlewares: [
      validateAndTransformQuery(AdminGetBenefitsParams, {
        defaults: BENEFIT_FIELDS,
        // Only these may be asked for or ordered by: anything else is a 400.
        allowed: BENEFIT_FIELDS,
        defaultLimit: 50,
        isList: true,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/benefits",
    middlewares: [validateAndTransformBody(AdminCreateBenefit)],
  },
  {
    method: ["POST"],
    matcher: "/admin/benefits/:id",
    middlewares: [validateAndTransformBody(AdminUpdateBenefit)],
  },
  {
    method: ["POST"],
    matcher: "/admin/products/:id/sale-start",
    middlewares: [validateAndTransformBody(AdminSetProductSaleStart)],
  },
]
