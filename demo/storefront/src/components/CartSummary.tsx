import type { StoreCartWithCredits } from "../lib/credits"
import { formatMoney } from "../lib/format"

/** Totals as Medusa computed them (prices include VAT); gift cards and store credit lower the total. */
export function CartSummary({
  cart,
  shippingKnown,
}: {
  cart: StoreCartWithCredits
  shippingKnown: boolean
}) {
  const currency = cart.currency_code
  const giftCardCodes = new Map((cart.gift_cards ?? []).map((card) => [card.id, card.code]))
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
        <dd>
          {shippingKnown
            ? cart.shipping_total
              ? formatMoney(cart.shipping_total, currency)
              : "Free"
            : "At checkout"}
        </dd>
      </div>
      {(cart.credit_lines ?? []).map((line) => (
        <div
          key={line.id}
          className="totals__discount"
          data-testid="cart-credit"
          data-reference={line.reference}
        >
          <dt>
            {line.reference === "gift-card"
              ? `Gift card ${giftCardCodes.get(line.reference_id) ?? ""}`.trim()
              : "Store credit"}
          </dt>
          <dd>−{formatMoney(line.amount, currency)}</dd>
        </div>
      ))}
      <div className="totals__total">
        <dt>Total</dt>
        <dd data-testid="cart-total" data-value={cart.total}>
          {formatMoney(cart.total, currency)}
        </dd>
      </div>
      <p className="totals__vat">Including VAT {formatMoney(cart.tax_total, currency)}</p>
    </dl>
  )
}
