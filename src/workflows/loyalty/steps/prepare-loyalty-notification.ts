import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { marketingConsentKey } from "../../../modules/customer-loyalty/options"
import { loyaltyService } from "./resolve-service"

export type LoyaltyNotificationInput = {
  kind: "points_credited" | "points_adjusted"
  account_id: string
  customer_id: string | null
  entry_id: string
  points: number
  description?: string | null
}

export type PreparedNotification = {
  to: string
  channel: string
  template: string
  data: Record<string, unknown>
}

export const prepareLoyaltyNotificationStepId = "prepare-loyalty-notification"

/**
 * Decides whether a loyalty notification goes out: a template is set in the
 * plugin options, a notification module is installed, and the customer has
 * an email and agreed to marketing. Returns the notification, or null.
 */
export const prepareLoyaltyNotificationStep = createStep(
  prepareLoyaltyNotificationStepId,
  async (input: LoyaltyNotificationInput, { container }) => {
    const service = loyaltyService(container)
    const options = service.getOptions()
    const template =
      input.kind === "points_credited"
        ? options.notifications?.points_credited_template
        : options.notifications?.points_adjusted_template
    if (!template || !input.customer_id || !container.hasRegistration(Modules.NOTIFICATION)) {
      return new StepResponse(null as PreparedNotification | null)
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [customer],
    } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "metadata"],
      filters: { id: input.customer_id },
    })
    const consentKey = marketingConsentKey(options)
    if (!customer?.email || customer.metadata?.[consentKey] !== true) {
      return new StepResponse(null as PreparedNotification | null)
    }

    const account = await service.retrieveLoyaltyAccount(input.account_id)
    return new StepResponse({
      to: customer.email,
      channel: options.notifications?.channel ?? "email",
      template,
      data: {
        customer: {
          first_name: customer.first_name,
          last_name: customer.last_name,
        },
        member_number: account.member_number,
        points: input.points,
        description: input.description ?? null,
        balance: {
          available: account.points_available,
          pending: account.points_pending,
        },
      },
    } as PreparedNotification | null)
  }
)
