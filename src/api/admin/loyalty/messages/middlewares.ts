import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../utils/validate-request"
import { AdminPreviewLoyaltyMessage, AdminSaveLoyaltyMessages } from "./validators"

export const adminLoyaltyMessagesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/loyalty/messages",
    middlewares: [validateAndTransformBody(AdminSaveLoyaltyMessages)],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/messages/preview",
    middlewares: [validateAndTransformBody(AdminPreviewLoyaltyMessage)],
  },
]
