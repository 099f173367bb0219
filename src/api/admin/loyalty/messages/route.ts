import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  CUSTOMER_LOYALTY_MODULE,
  LOYALTY_MESSAGE_VARIABLE_NAMES,
  LOYALTY_MESSAGE_VARIABLES,
} from "../../../../modules/customer-loyalty"
import { LOYALTY_MESSAGE_KINDS } from "../../../../modules/customer-loyalty/constants"
import type CustomerLoyaltyModuleService from "../../../../modules/customer-loyalty/service"
import { saveLoyaltyMessagesWorkflow } from "../../../../workflows/loyalty-config"
import { AdminSaveLoyaltyMessagesType } from "./validators"
import type { AdminLoyaltyMessagesResponse, Served } from "../../../../types/http"

async function messagesResponse(req: AuthenticatedMedusaRequest) {
  const service = req.scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const messages = await service.listLoyaltyMessages(
    {},
    {
      select: ["id", "kind", "locale", "subject", "body", "updated_at"],
      order: { locale: "ASC", kind: "ASC" },
    }
  )
  const notifications = service.getOptions().notifications
  return {
    messages,
    kinds: [...LOYALTY_MESSAGE_KINDS],
    variables: LOYALTY_MESSAGE_VARIABLE_NAMES.map((name) => ({
      name,
      ...LOYALTY_MESSAGE_VARIABLES[name],
    })),
    default_locale: notifications?.default_locale ?? "en",
    // A written message wins over these; shown so the merchant knows the fallback.
    templates: {
      points_credited: notifications?.points_credited_template ?? null,
      points_adjusted: notifications?.points_adjusted_template ?? null,
    },
  }
}

/** Every message written, per kind and locale, with the variables they may use. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminLoyaltyMessagesResponse>>
) => {
  res.json(await messagesResponse(req))
}

/** Saves messages (null subject and body removes one); answers like GET. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSaveLoyaltyMessagesType>,
  res: MedusaResponse<Served<AdminLoyaltyMessagesResponse>>
) => {
  await saveLoyaltyMessagesWorkflow(req.scope).run({
    input: { messages: req.validatedBody.messages },
  })
  res.json(await messagesResponse(req))
}
