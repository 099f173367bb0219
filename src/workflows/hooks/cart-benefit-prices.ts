import {
  CartDTO,
  CreateLineItemAdjustmentDTO,
  ICartModuleService,
  IPromotionModuleService,
  LineItemAdjustmentDTO,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { AMOUNT_TOLERANCE } from "../../modules/customer-loyalty/benefits"
import { loyaltyService } from "../loyalty/steps/resolve-service"
import { pricedLine, productItems } from "../benefits/purchase-lines"

type Replaced = { removed: string[]; created: string[] }

/** The cart the hook gets (declared `any`): with its items, their adjustments and its customer. */
type PromotionCart = CartDTO & { customer?: { id: string } | null }

/*
 * Member prices. A discount benefit's limit caps how many units get its
 * price, counted across the customer's orders, which a promotion shared by
 * a whole customer group cannot know. So the benefit's promotion is never
 * applied by Medusa (its rules need a context attribute nobody sends) and
 * the plugin writes its adjustments here, on every promotion refresh of the
 * cart (adding, changing, removing items, codes, customer): only the units
 * still within the customer's limits, each at the best benefit that has
 * room, with Medusa's own arithmetic, under the promotion's id and code, and
 * a description such as "2 of 3 at your member price". They are left out
 * of the context Medusa computes its promotions from, so it neither removes
 * nor recomputes them.
 */
updateCartPromotionsWorkflow.hooks.setPromotionContext(
  async ({ cart }: { cart: PromotionCart }, { container }) => {
    const items = cart.items ?? []
    const lines = productItems(items).map(pricedLine)
    const planned = await loyaltyService(container).planCartDiscounts({
      customer_id: cart.customer_id ?? cart.customer?.id ?? null,
      cart_id: cart.id,
      currency_code: cart.currency_code,
      lines,
      now: new Date(),
    })
    const isOurs = (adjustment: LineItemAdjustmentDTO) =>
      !!adjustment?.promotion_id && planned.benefit_promotions.has(adjustment.promotion_id)
    const context = {
      items: items.map((item) => ({
        ...item,
        adjustments: (item.adjustments ?? []).filter((a) => !isOurs(a)),
      })),
    }

    const current = items.flatMap((item) => (item.adjustments ?? []).filter(isOurs))
    const same =
      current.length === planned.adjustments.length &&
      planned.adjustments.every((due) =>
        current.some(
          (a) =>
            a.item_id === due.item_id &&
            a.promotion_id === due.promotion_id &&
            Math.abs(Number(a.amount) - due.amount) <= AMOUNT_TOLERANCE &&
            a.description === due.description
        )
      )
    if (same) {
      return new StepResponse(context, { removed: [], created: [] } as Replaced)
    }

    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const codes = await promotionCodes(
      container,
      planned.adjustments.map((a) => a.promotion_id)
    )
    if (current.length) {
      await cartModule.softDeleteLineItemAdjustments(current.map((a) => a.id))
    }
    const created = planned.adjustments.length
      ? await cartModule.addLineItemAdjustments(
          // `code` may be null (a promotion deleted since): the column takes it, the DTO says string.
          planned.adjustments.map((due) => ({
            item_id: due.item_id,
            amount: due.amount,
            code: codes.get(due.promotion_id) ?? null,
            promotion_id: due.promotion_id,
            description: due.description,
            is_tax_inclusive: due.is_tax_inclusive,
          })) as CreateLineItemAdjustmentDTO[]
        )
      : []
    return new StepResponse(context, {
      removed: current.map((a) => a.id),
      created: created.map((a) => a.id),
    } as Replaced)
  },
  async (replaced, { container }) => {
    if (!replaced || (!replaced.removed.length && !replaced.created.length)) {
      return
    }
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    if (replaced.created.length) {
      await cartModule.deleteLineItemAdjustments(replaced.created)
    }
    if (replaced.removed.length) {
      await cartModule.restoreLineItemAdjustments(replaced.removed)
    }
  }
)

async function promotionCodes(
  container: MedusaContainer,
  ids: string[]
): Promise<Map<string, string>> {
  if (!ids.length) {
    return new Map()
  }
  const promotions = container.resolve(Modules.PROMOTION) as IPromotionModuleService
  const found = await promotions.listPromotions(
    { id: [...new Set(ids)] },
    { select: ["id", "code"] }
  )
  return new Map(found.map((p) => [p.id, p.code!]))
}
