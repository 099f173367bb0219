import {
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { AdminAssignCustomerFlag } from "./validators"

export const adminCustomerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/flags",
    middlewares: [validateAndTransformBody(AdminAssignCustomerFlag)],
  },
]
