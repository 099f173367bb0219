import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../utils/validate-request"
import {
  StoreCreateLoyaltyRedemption,
  StoreGetLoyaltyEntriesParams,
  StoreGetLoyaltyParams,
  StoreGetLoyaltyRedemptionsParams,
} from "./customers/me/loyalty/validators"
import { StoreGetLoyaltyPreviewParams } from "./loyalty/validators"
import { guardLineItemQuantity } from "./carts/line-item-quantity-guard"
import { addEarlyAccessToProducts } from "./products/early-access-middleware"

// A customer session counts when there is one; shoppers without one are
// served too (what they see is said by each route).
const optionalCustomer = authenticate("customer", ["session", "bearer"], {
  allowUnauthenticated: true,
})

export const storeLoyaltyMiddlewares: MiddlewareRoute[] = [
  {
    // Medusa's own `/store/customers/me*` rule covers these too; said here
    // as well so the loyalty routes never depend on the order of the two.
    matcher: "/store/customers/me/loyalty*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/customers/me/offers",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/loyalty/preview",
    middlewares: [
      optionalCustomer,
      validateAndTransformQuery(StoreGetLoyaltyPreviewParams, {
        defaults: [],
        isList: false,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/carts/:id/loyalty",
    middlewares: [optionalCustomer],
  },
  {
    method: ["POST"],
    matcher: "/store/carts*",
    middlewares: [guardLineItemQuantity],
  },
  {
    method: ["GET"],
    matcher: "/store/products",
    middlewares: [addEarlyAccessToProducts],
  },
  {
    method: ["GET"],
    matcher: "/store/products/:id",
    middlewares: [addEarlyAccessToProducts],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/loyalty",
    middlewares: [
      validateAndTransformQuery(StoreGetLoyaltyParams, { defaults: [], isList: false }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/loyalty/entries",
    middlewares: [
      validateAndTransformQuery(StoreGetLoyaltyEntriesParams, {
        defaults: [],
        isList: false,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/loyalty/redemptions",
    middlewares: [
      validateAndTransformQuery(StoreGetLoyaltyRedemptionsParams, {
        defaults: [],
        isList: false,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/loyalty/redemptions",
    middlewares: [validateAndTransformBody(StoreCreateLoyaltyRedemption)],
  },
]
