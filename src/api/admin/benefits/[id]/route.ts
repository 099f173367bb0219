import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteCustomerBenefitsWorkflow,
  updateCustomerBenefitWorkflow,
} from "../../../../workflows/benefits"
import { refetchBenefit } from "../helpers"
import { assertCatalogIdsExist } from "../../../utils/catalog-ids"
import { AdminUpdateBenefitType } from "../validators"
import type { AdminBenefitDeleteResponse } from "../../../../types/http"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ benefit: await refetchBenefit(req.scope, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateBenefitType>,
  res: MedusaResponse
) => {
  await refetchBenefit(req.scope, req.params.id)
  await assertCatalogIdsExist(req.scope, {
    product_ids: req.validatedBody.product_ids ?? [],
    variant_ids: req.validatedBody.variant_ids ?? [],
  })
  await updateCustomerBenefitWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ benefit: await refetchBenefit(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBenefitDeleteResponse>) => {
  await refetchBenefit(req.scope, req.params.id)
  await deleteCustomerBenefitsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "benefit", deleted: true })
}
