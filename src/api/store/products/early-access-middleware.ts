import {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { type ProductLike, withSaleStarts } from "../../utils/product-early-access"

/** Medusa's store product answers: a list or one product (or an error). */
type ProductsBody = { products?: ProductLike[]; product?: ProductLike } | null | undefined

/**
 * Adds sale starts and the customer's early access to Medusa's store
 * product responses (list and detail) as they are sent. The customer is
 * read when the response is ready, after Medusa's own optional
 * authentication of these routes.
 */
export function addEarlyAccessToProducts(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const send = res.json.bind(res)
  res.json = ((body: ProductsBody) => {
    const customerId =
      req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
    const products = body?.products ?? (body?.product ? [body.product] : null)
    if (!products?.length || res.statusCode >= 400) {
      return send(body)
    }
    withSaleStarts(req.scope, products, customerId)
      .then((enriched) =>
        send(body?.products ? { ...body, products: enriched } : { ...body, product: enriched[0] })
      )
      .catch(next)
    return res
  }) as typeof res.json
  next()
}
