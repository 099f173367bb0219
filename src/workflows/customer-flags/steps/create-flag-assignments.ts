import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_LOYALTY_MODULE, FlagAssignmentSource } from "../../../modules/customer-loyalty"
import { inChunks } from "../../utils/chunks"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"

export type CreateFlagAssignmentRow = {
  flag_id: string
  customer_id: string
  source: FlagAssignmentSource
  source_id?: string | null
  assigned_by?: string | null
  assigned_at: Date
  expires_at: Date | null
  note?: string | null
  renewal_source?: FlagAssignmentSource | null
  renewal_source_id?: string | null
}

export const createFlagAssignmentsStepId = "create-flag-assignments"

export const createFlagAssignmentsStep = createStep(
  createFlagAssignmentsStepId,
  async (data: CreateFlagAssignmentRow[], { container }) => {
    if (!data.length) {
      return new StepResponse([], [])
    }
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    const created = await inChunks(data, (batch) => service.createCustomerFlagAssignments(batch))
    return new StepResponse(
      created,
      created.map((assignment) => assignment.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    await inChunks(ids, (batch) => service.deleteCustomerFlagAssignments(batch))
  }
)
