import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export type SetProductSaleStartInput = {
  product_id: string
  /** null: the product is on sale to everyone. */
  public_sale_starts_at: Date | string | null
}

export const setProductSaleStartStepId = "set-product-sale-start"

/** Sets, moves or clears a product's public sale start; compensation puts the old one back. */
export const setProductSaleStartStep = createStep(
  setProductSaleStartStepId,
  async (input: SetProductSaleStartInput, { container }) => {
    const service = loyaltyService(container)
    const [current] = await service.listProductSaleStarts({ product_id: input.product_id })
    const previous = current
      ? { product_id: input.product_id, public_sale_starts_at: current.public_sale_starts_at }
      : null
    if (!input.public_sale_starts_at) {
      if (current) {
        await service.deleteProductSaleStarts([current.id])
      }
      return new StepResponse(null, { product_id: input.product_id, previous })
    }
    const startsAt = new Date(input.public_sale_starts_at)
    const saleStart = current
      ? await service.updateProductSaleStarts({ id: current.id, public_sale_starts_at: startsAt })
      : await service.createProductSaleStarts({
          product_id: input.product_id,
          public_sale_starts_at: startsAt,
        })
    return new StepResponse(saleStart, { product_id: input.product_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = loyaltyService(container)
    const [current] = await service.listProductSaleStarts({ product_id: undo.product_id })
    if (current) {
      await service.deleteProductSaleStarts([current.id])
    }
    if (undo.previous) {
      await service.createProductSaleStarts(undo.previous)
    }
  }
)
