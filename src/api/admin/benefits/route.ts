import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomerBenefitWorkflow } from "../../../workflows/benefits"
import { formatBenefit, refetchBenefit } from "./helpers"
import { AdminCreateBenefitType } from "./validators"
import { listPage } from "../../utils/list-page"
import { assertCatalogIdsExist } from "../../utils/catalog-ids"
import type { AdminBenefitListResponse, AdminBenefitResponse, Served } from "../../../types/http"

/** Benefits, of one flag (`flag_id`) or tier (`tier_id`) or all. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminBenefitListResponse>>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "customer_benefit",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination.order ?? { created_at: "ASC" },
    },
  })
  res.json(listPage("benefits", data.map(formatBenefit), metadata))
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateBenefitType>,
  res: MedusaResponse<Served<AdminBenefitResponse>>
) => {
  await assertCatalogIdsExist(req.scope, {
    product_ids: req.validatedBody.product_ids ?? [],
    variant_ids: req.validatedBody.variant_ids ?? [],
  })
  const { result } = await createCustomerBenefitWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.status(201).json({ benefit: await refetchBenefit(req.scope, result.id) })
}
