import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { LoyaltyMessageKind } from "../../../../../../modules/customer-loyalty/constants"
import { assertCustomerExists } from "../../../helpers"
import type { AdminSentLoyaltyMessagesResponse, Served } from "../../../../../../types/http"

// The newest first; a member gets a message per credit, so a page is plenty.
const SHOWN = 20
const LOYALTY_TRIGGERS = ["loyalty.points_credited", "loyalty.points_adjusted"]

/** A notification as read; `data` is what the plugin's subscriber sent along. */
type NotificationRow = {
  id: string
  to: string
  channel: string
  template?: string | null
  data?: Record<string, unknown> | null
  trigger_type?: string | null
  status: string
  created_at: Date | string
}

/** What the plugin keeps in a notification's `data` (see the points subscribers). */
type LoyaltyNotificationData = {
  message?: { locale?: string; subject?: string; body?: string }
  points?: number
}

/**
 * The loyalty messages sent to the customer, newest first, read from
 * Medusa's notification module (none when it is not installed). The
 * subject and body are those the plugin kept in the notification's data; a
 * notification sent with a provider's template has only the template id.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminSentLoyaltyMessagesResponse>>
) => {
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
    messages: data.map((notification: NotificationRow) => {
      const sent = notification.data as LoyaltyNotificationData | null | undefined
      return {
        id: notification.id,
        // One of LOYALTY_TRIGGERS, filtered on above.
        kind: String(notification.trigger_type).replace(/^loyalty\./, "") as LoyaltyMessageKind,
        to: notification.to,
        channel: notification.channel,
        status: notification.status,
        template: notification.template ?? null,
        locale: sent?.message?.locale ?? null,
        subject: sent?.message?.subject ?? null,
        body: sent?.message?.body ?? null,
        points: sent?.points ?? null,
        created_at: notification.created_at,
      }
    }),
  })
}
