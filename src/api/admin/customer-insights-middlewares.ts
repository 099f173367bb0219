import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../utils/validate-request"
import { AdminUpsertB2BProfile } from "./customers/[id]/b2b-profile/validators"
import {
  AdminCreateCustomerNote,
  AdminGetCustomerNotesParams,
  AdminUpdateCustomerNote,
} from "./customers/[id]/notes/validators"
import { NOTE_FIELDS } from "./customers/[id]/notes/helpers"

/** B2B profile and staff notes on the customer page (admin only). */
export const adminCustomerInsightsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/b2b-profile",
    middlewares: [validateAndTransformBody(AdminUpsertB2BProfile)],
  },
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/notes",
    middlewares: [
      validateAndTransformQuery(AdminGetCustomerNotesParams, {
        defaults: NOTE_FIELDS,
        defaultLimit: 50,
        isList: true,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/notes",
    middlewares: [validateAndTransformBody(AdminCreateCustomerNote)],
  },
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/notes/:note_id",
    middlewares: [validateAndTransformBody(AdminUpdateCustomerNote)],
  },
]
