import { MedusaContainer } from "@medusajs/framework/types"
import { ForgottenRows } from "../../../../modules/customer-loyalty/privacy"
import { loyaltyService } from "../../../loyalty/steps/resolve-service"

/** The compensation of the forgetting steps: puts the rows they deleted or changed back. */
export const restoreForgottenRows = async (
  forgotten: ForgottenRows | undefined,
  { container }: { container: MedusaContainer }
) => {
  if (forgotten) {
    await loyaltyService(container).restoreForgottenCustomerRows(forgotten)
  }
}
