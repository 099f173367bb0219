import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

// More than any shop sells in one line, and far inside what the cart's
// numeric columns and the benefit checks' arithmetic hold.
export const MAX_LINE_ITEM_QUANTITY = 1_000_000

/**
 * Refuses a cart line quantity past MAX_LINE_ITEM_QUANTITY with a 400 naming
 * the field. Medusa's own cart and line-item routes take any number (1e308 reached
 * the database and answered 500), and the plugin's benefit checks run on
 * these routes too.
 */
export function guardLineItemQuantity(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = (req.body ?? {}) as { quantity?: unknown; items?: unknown }
  const quantities: [string, unknown][] = [["quantity", body.quantity]]
  if (Array.isArray(body.items)) {
    body.items.forEach((item, index) =>
      quantities.push([`items[${index}].quantity`, item?.quantity])
    )
  }
  const tooLarge = quantities.find(
    ([, quantity]) =>
      typeof quantity === "number" && !(Math.abs(quantity) <= MAX_LINE_ITEM_QUANTITY)
  )
  if (tooLarge) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field '${tooLarge[0]}' must be at most ${MAX_LINE_ITEM_QUANTITY}`
      )
    )
  }
  next()
}
