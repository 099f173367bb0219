import type { MedusaContainer, NotificationContent } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  localeCandidates,
  LoyaltyMessageTemplate,
  LoyaltyMessageVariables,
  plainTextToHtml,
  renderLoyaltyMessage,
} from "../../../modules/customer-loyalty"
import { loadMemberMessageData } from "../../../utils/loyalty-message-data"
import { marketingConsentKey } from "../../../modules/customer-loyalty/options"
import { loyaltyService } from "./resolve-service"
import type { LoyaltyMessageKind } from "../../../modules/customer-loyalty/constants"

export type LoyaltyNotificationInput = {
  kind: LoyaltyMessageKind
  account_id: string
  customer_id: string | null
  entry_id: string
  points: number
  description?: string | null
}

export type PreparedNotification = {
  to: string
  channel: string
  receiver_id: string
  template: string | null
  content: NotificationContent | null
  data: Record<string, unknown>
}

/**
 * A saved template was checked with example values; a member's own values
 * can still trip a limit (`{% for i in (1..points) %}` with a million
 * points). Such a message is logged and left out, not a failed credit.
 */
function renderOrLog(
  container: MedusaContainer,
  message: LoyaltyMessageTemplate & { kind: string; locale: string },
  variables: LoyaltyMessageVariables
) {
  try {
    return renderLoyaltyMessage(message, variables, message.locale)
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `Loyalty message ${message.kind} (${message.locale}) could not be rendered: ${(error as Error).message}`
      )
    return null
  }
}

export const prepareLoyaltyNotificationStepId = "prepare-loyalty-notification"

/**
 * Decides whether a loyalty notification goes out and what it says: a
 * notification module is installed, the customer has an email and agreed to
 * marketing, and there is something to send. A message the merchant wrote
 * (for the customer's locale, its language, or the default locale) wins: it
 * is rendered and sent as content, without a template id. Otherwise the
 * template id from the plugin options goes out with the values as data, for
 * providers that keep their own templates. Returns the notification, or null.
 */
export const prepareLoyaltyNotificationStep = createStep(
  prepareLoyaltyNotificationStepId,
  async (input: LoyaltyNotificationInput, { container }) => {
    const none = () => new StepResponse(null as PreparedNotification | null)
    if (!input.customer_id || !container.hasRegistration(Modules.NOTIFICATION)) {
      return none()
    }
    const service = loyaltyService(container)
    const options = service.getOptions()
    const templateId =
      (input.kind === "points_credited"
        ? options.notifications?.points_credited_template
        : options.notifications?.points_adjusted_template) ?? null
    const written = await service.listLoyaltyMessages({ kind: input.kind })
    if (!templateId && !written.length) {
      return none()
    }

    const member = await loadMemberMessageData(container, {
      customer_id: input.customer_id,
      account_id: input.account_id,
      change: { points: input.points, description: input.description ?? null },
    })
    const consentKey = marketingConsentKey(options)
    if (!member?.customer.email || member.customer.metadata?.[consentKey] !== true) {
      return none()
    }

    const locales = localeCandidates(
      member.customer.metadata?.locale,
      options.notifications?.default_locale ?? "en"
    )
    const message = locales
      .map((locale) => written.find((candidate) => candidate.locale === locale))
      .find(Boolean)
    const { variables } = member
    const rendered = message ? renderOrLog(container, message, variables) : null
    if (!rendered && !templateId) {
      return none()
    }

    return new StepResponse({
      to: member.customer.email,
      channel: options.notifications?.channel ?? "email",
      receiver_id: member.customer.id,
      template: rendered ? null : templateId,
      content: rendered
        ? { subject: rendered.subject, text: rendered.body, html: plainTextToHtml(rendered.body) }
        : null,
      data: {
        ...variables,
        // The shape template providers have read since the first release.
        customer: { first_name: variables.first_name, last_name: variables.last_name },
        balance: { available: variables.balance_available, pending: variables.balance_pending },
        // Kept with the notification (its content is not stored), so the
        // admin can show what the member was sent.
        ...(rendered ? { message: { locale: message!.locale, ...rendered } } : {}),
      },
    } as PreparedNotification | null)
  }
)
