import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCustomerExists } from "../../helpers"
import { collectCustomerLoyaltyData, CustomerLoyaltyData } from "./collect"

/** A JSON file of everything the plugin holds on the customer (a data-access request). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<CustomerLoyaltyData>
) => {
  const customerId = req.params.id
  await assertCustomerExists(req.scope, customerId)
  const data = await collectCustomerLoyaltyData(req.scope, customerId)
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="customer-${customerId.replace(/[^\w-]/g, "")}-loyalty-data.json"`
  )
  res.json(data)
}
