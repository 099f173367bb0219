import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_LOYALTY_MODULE } from "../../../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../../../modules/customer-loyalty/service"
import { setProductSaleStartWorkflow } from "../../../../../workflows/benefits"
import { assertCatalogIdsExist } from "../../../../utils/catalog-ids"
import type { AdminSetProductSaleStartType } from "../../../benefits/validators"
import type { AdminProductSaleStartResponse, Served } from "../../../../../types/http"

/** The product's public sale start and the early-access benefits that open it sooner. */
async function saleStartOf(
  scope: MedusaContainer,
  productId: string
): Promise<Served<AdminProductSaleStartResponse>> {
  const loyalty = scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const [saleStart] = await loyalty.listProductSaleStarts({ product_id: productId })
  return {
    sale_start: {
      product_id: productId,
      public_sale_starts_at: saleStart?.public_sale_starts_at ?? null,
    },
    early_access: await loyalty.listProductEarlyAccess(productId),
  }
}

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminProductSaleStartResponse>>
) => {
  await assertCatalogIdsExist(req.scope, { product_ids: [req.params.id] })
  res.json(await saleStartOf(req.scope, req.params.id))
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetProductSaleStartType>,
  res: MedusaResponse<Served<AdminProductSaleStartResponse>>
) => {
  await assertCatalogIdsExist(req.scope, { product_ids: [req.params.id] })
  await setProductSaleStartWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      public_sale_starts_at: req.validatedBody.public_sale_starts_at ?? null,
    },
  })
  res.json(await saleStartOf(req.scope, req.params.id))
}
