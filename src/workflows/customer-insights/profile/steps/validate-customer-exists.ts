import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateCustomerExistsStepId = "validate-customer-insights-customer"

/** Refuses an unknown (or deleted) customer with a 404 before anything is written. */
export const validateCustomerExistsStep = createStep(
  validateCustomerExistsStepId,
  async (customerId: string, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { id: customerId },
    })
    if (!data.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer with id: ${customerId} was not found`
      )
    }
  }
)
