import type { HttpTypes } from "@medusajs/types"
import { formatMoney } from "../lib/format"

/** Totals as Medusa computed them (prices include VAT). */
export function CartSummary({ cart, shippingKnown }: { cart: HttpTypes.StoreCart; shippingKnown: boolean }) {
  const currency = cart.currency_code
  return (
    <dl className="totals">
      <div>
        <dt>Items</dt>
        <dd>{formatMoney(cart.original_item_total ?? cart.item_total, currency)}</dd>
      </div>
      {(cart.discount_total ?? 0) > 0 && (
        <div className="totals__discount">
          <dt>Discount</dt>
          <dd data-testid="cart-discount">−{formatMoney(cart.discount_total, currency)}</dd>
        </div>
      )}
      <div>
        <dt>Delivery</dt>
        <dd>{shippingKnown ? (cart.shipping_total ? formatMoney(cart.shipping_total, currency) : "Free") : "At checkout"}</dd>
      </div>
      <div className="totals__total">
        <dt>Total</dt>
        <dd data-testid="cart-total">{formatMoney(cart.total, currency)}</dd>
      </div>
      <p className="totals__vat">Including VAT {formatMoney(cart.tax_total, currency)}</p>
    </dl>
  )
}
