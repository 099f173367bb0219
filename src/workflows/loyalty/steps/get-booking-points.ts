import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  bookingPointsSchedule,
  calculatePoints,
  PointsSchedule,
} from "../../../modules/customer-loyalty"
import { loyaltyService } from "./resolve-service"

export type BookingCompletedInput = {
  /** The booking's id in the booking system. */
  id: string
  customer_id: string
  /** The booked service: a product or a variant. */
  product_id?: string | null
  variant_id?: string | null
  /** When the booking took place (ISO 8601). */
  occurred_at: string | Date
}

export type BookingPoints = PointsSchedule & { points: number; rule_ids: string[] }

export const getBookingPointsStepId = "get-booking-loyalty-points"

/**
 * What a booking earns: the fixed points of the earn rules for its service
 * (rules on the product or variant, `service` rules included) that were
 * active when it took place.
 */
export const getBookingPointsStep = createStep(
  getBookingPointsStepId,
  async (input: BookingCompletedInput, { container }) => {
    const service = loyaltyService(container)
    const settings = await service.retrieveProgramSettings()
    const rules = await service.listLoyaltyEarnRules({
      is_active: true,
      target_type: ["service", "product", "variant"],
    })
    const occurredAt = new Date(input.occurred_at)
    const { points, lines } = calculatePoints({
      items: [
        {
          id: input.id,
          quantity: 1,
          amount: 0,
          product_id: input.product_id ?? null,
          variant_id: input.variant_id ?? null,
        },
      ],
      rate: 0,
      rules,
      at: occurredAt,
    })
    const result: BookingPoints = {
      points,
      rule_ids: lines[0]?.rule_ids ?? [],
      ...bookingPointsSchedule(settings, occurredAt),
    }
    return new StepResponse(result)
  }
)
