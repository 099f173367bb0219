import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { assertCustomerExists } from "../../../helpers"

// The newest first; a member gets a message per credit, so a page is plenty.
const SHOWN = 20
const LOYALTY_TRIGGERS = ["loyalty.points_credited", "loyalty.points_adjusted"]

/**
 * The loyalty messages sent to the customer, newest first, read from
 * Medusa's notification module (none when it is not installed). The
 * subject and body are those the plugin kept in the notification's data; a
 * notification sent with a provider's template has only the template id.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertCustomerExists(req.scope, req.params.id)
  if (!req.scope.hasRegistration(Modules.NOTIFICATION)) {
    return res.json({ messages: [] })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "notification",
    fields: ["id", "to", "channel", "template", "data", "trigger_type", "status", "created_at"],
    filters: { receiver_id: req.params.id, trigger_type: LOYALTY_TRIGGERS },
    pagination: { take: SHOWN, skip: 0, order: { created_at: "DESC" } },
  })
  res.json({
    messages: data.map((notification: Record<string, any>) => ({
      id: notification.id,
      kind: String(notification.trigger_type).replace(/^loyalty\./, ""),
      to: notification.to,
      channel: notification.channel,
      status: notification.status,
      template: notification.template ?? null,
      locale: notification.data?.message?.locale ?? null,
      subject: notification.data?.message?.subject ?? null,
      body: notification.data?.message?.body ?? null,
      points: notification.data?.points ?? null,
      created_at: notification.created_at,
    })),
  })
}
