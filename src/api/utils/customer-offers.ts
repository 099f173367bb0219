import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../modules/customer-loyalty"
import { remainingFor } from "../../modules/customer-loyalty/benefits"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"
import { isWebAddress } from "../../utils/web-address"
import type { Served, StoreOffer } from "../../types/http"
import { BENEFIT_KINDS } from "../../modules/customer-loyalty/constants"

type OfferProduct = { id: string; title: string; handle: string; thumbnail: string | null }

/**
 * The benefits a customer has now: those of the flags they hold (not
 * expired) and of their membership's tier, active and within their dates,
 * with their products, limits and what remains of them. Shaped for the
 * shopper: nothing says which flag or tier gave them.
 */
export async function listCustomerOffers(
  scope: MedusaContainer,
  customerId: string
): Promise<Served<StoreOffer>[]> {
  const loyalty = scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const now = new Date()
  const benefits = await loyalty.listHeldBenefits(customerId, [...BENEFIT_KINDS], now)
  const limited = benefits.filter((b) => b.kind !== "offer_link")
  const used = await loyalty.listCountedBenefitUsage(
    customerId,
    limited.map((b) => b.id),
    now
  )
  const products = await offerProducts(scope, benefits)

  return benefits.map((benefit) => {
    const productIds = [
      ...(benefit.product_ids ?? []),
      ...(benefit.variant_ids ?? []).map((id: string) => products.byVariant.get(id)),
    ].filter((id, index, all): id is string => !!id && all.indexOf(id) === index)
    const own = used.filter((u) => u.benefit_id === benefit.id && u.quantity > 0)
    const limits =
      benefit.kind === "offer_link"
        ? null
        : {
            max_products: benefit.max_products,
            max_quantity: benefit.max_quantity,
            quantity_scope: benefit.quantity_scope,
            products_used: new Set(own.map((u) => u.product_id)).size,
            items_used: own.reduce((sum, u) => sum + u.quantity, 0),
          }
    return {
      id: benefit.id,
      kind: benefit.kind,
      title: benefit.title,
      description: benefit.description,
      // Links saved before only http(s) was accepted are not served.
      url: isWebAddress(benefit.url) ? benefit.url : null,
      code: benefit.code,
      starts_at: benefit.starts_at,
      ends_at: benefit.ends_at,
      early_access_from: benefit.kind === "early_access" ? benefit.early_access_from : null,
      discount:
        // A discount always has its type (the workflow checks it).
        benefit.kind === "discount" && benefit.discount_type
          ? {
              type: benefit.discount_type,
              value: Number(benefit.discount_value),
              currency_code: benefit.currency_code,
            }
          : null,
      limits,
      products: productIds.flatMap((id) => {
        const product = products.byId.get(id)
        return product
          ? [{ ...product, remaining: limits ? remainingFor(benefit, used, id) : null }]
          : []
      }),
    }
  })
}

/** The published products the benefits name (directly or through variants). */
async function offerProducts(
  scope: MedusaContainer,
  benefits: { product_ids: string[] | null; variant_ids: string[] | null }[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = [...new Set(benefits.flatMap((b) => b.variant_ids ?? []))]
  const byVariant = new Map<string, string>()
  if (variantIds.length) {
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id"],
      filters: { id: variantIds },
    })
    // A variant always belongs to a product (the generated types allow none).
    variants.forEach((v: { id: string; product_id: string | null }) =>
      byVariant.set(v.id, v.product_id as string)
    )
  }
  const productIds = [
    ...new Set([...benefits.flatMap((b) => b.product_ids ?? []), ...byVariant.values()]),
  ]
  const byId = new Map<string, OfferProduct>()
  if (productIds.length) {
    const { data: found } = await query.graph({
      entity: "product",
      fields: ["id", "title", "handle", "thumbnail"],
      filters: { id: productIds, status: "published" },
    })
    found.forEach((p: { id: string; title: string; handle: string; thumbnail?: string | null }) =>
      byId.set(p.id, { id: p.id, title: p.title, handle: p.handle, thumbnail: p.thumbnail ?? null })
    )
  }
  return { byId, byVariant }
}
