import {
  addToCartWorkflow,
  completeCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../loyalty/steps/resolve-service"
import { cartForBenefitChecks, linesForVariants, throwIfRefused } from "../benefits/purchase-lines"

/*
 * Sale starts and early access, checked where Medusa lets a plugin stop a
 * cart: adding and changing items (early feedback, nothing written) and
 * completing the cart (checked again and reserved under a per-customer
 * lock, so carts completed at the same moment cannot together pass a
 * limit). Discount limits never refuse a purchase: they cap the units at
 * the member price (cart-benefit-prices.ts); completion checks that the
 * cart's member prices are still due and reserves the units they cover.
 * Refusals are 400s whose message says what the limit allows and where
 * its items are. The order.placed subscriber turns the reservation into
 * the order's usage.
 *
 * A workflow hook takes one handler per application: these three are the
 * plugin's. (`orderCreated` and `beforePaymentAuthorization` are left to
 * others; @medusajs/loyalty-plugin uses them.)
 */

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const cart = await cartForBenefitChecks(container, input.cart_id)
  const added = await linesForVariants(container, input.items ?? [])
  const plan = await loyaltyService(container).checkBenefitPurchase({
    customer_id: cart.customer_id,
    cart_id: cart.id,
    lines: added,
    in_cart: cart.lines,
    now: new Date(),
  })
  throwIfRefused(plan)
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const cart = await cartForBenefitChecks(container, input.cart_id)
  const quantity = Number(input.update?.quantity ?? NaN)
  const changed = cart.lines.find((line) => line.item_id === input.item_id)
  if (!changed || !Number.isFinite(quantity)) {
    return
  }
  const plan = await loyaltyService(container).checkBenefitPurchase({
    customer_id: cart.customer_id,
    cart_id: cart.id,
    lines: [{ ...changed, quantity }],
    in_cart: cart.lines.filter((line) => line !== changed),
    now: new Date(),
  })
  throwIfRefused(plan)
})

completeCartWorkflow.hooks.validate(
  async ({ input }, { container }) => {
    const cart = await cartForBenefitChecks(container, input.id)
    if (cart.completed_at) {
      // Completing again returns the order already placed; nothing to check.
      return new StepResponse(void 0, null)
    }
    const plan = await loyaltyService(container).reserveCartBenefits({
      customer_id: cart.customer_id,
      cart_id: cart.id,
      currency_code: cart.currency_code,
      lines: cart.lines,
      now: new Date(),
    })
    throwIfRefused(plan)
    return new StepResponse(void 0, plan.uses.length ? cart.id : null)
  },
  async (cartId, { container }) => {
    // The completion failed after the check (payment, inventory, …).
    if (cartId) {
      await loyaltyService(container).releaseCartBenefits(cartId)
    }
  }
)
