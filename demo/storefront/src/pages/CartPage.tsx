import { FormEvent, useState } from "react"
import { Link } from "react-router-dom"
import { CartCredits } from "../components/CartCredits"
import { CartPoints } from "../components/CartPoints"
import { CartSummary } from "../components/CartSummary"
import { CodeField } from "../components/CodeField"
import { Notice } from "../components/Notice"
import { QuantityStepper } from "../components/QuantityStepper"
import { useCart } from "../lib/cart"
import { formatMoney } from "../lib/format"
import { errorMessage } from "../lib/medusa"

export function CartPage() {
  const { cart, updateItem, removeItem, applyCode, removeCode, applyGiftCard } = useCart()
  const [error, setError] = useState<string | null>(null)
  const [codeError, setCodeError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [code, setCode] = useState("")

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  if (!cart?.items?.length) {
    return (
      <div className="page page--narrow empty-state">
        <h1>Your cart is empty</h1>
        <p>Find a performance, a gift or something for the foyer.</p>
        <Link to="/" className="button button--primary">
          See what's on
        </Link>
      </div>
    )
  }

  const items = [...cart.items].sort((a, b) => (a.created_at! < b.created_at! ? -1 : 1))
  const codes = (cart.promotions ?? []).filter((p) => p.code && !p.is_automatic)

  const submitCode = (event: FormEvent) => {
    event.preventDefault()
    const value = code.trim()
    if (!value) return
    setBusy(true)
    setCodeError(null)
    // A gift card's code belongs to the gift card route, not to promotions.
    const apply = /^GIFT-/i.test(value) ? applyGiftCard : applyCode
    apply(value)
      .then(() => setCode(""))
      .catch((e) => setCodeError(errorMessage(e)))
      .finally(() => setBusy(false))
  }

  return (
    <div className="page">
      <h1 className="page__title">Your cart</h1>
      <div className="two-column">
        <section aria-label="Items">
          <ul className="cart-lines" data-testid="cart-lines">
            {items.map((item) => (
              <li key={item.id} className="cart-line" data-testid="cart-line">
                <div className="cart-line__thumb" aria-hidden="true">
                  {item.product_title?.[0]}
                </div>
                <div className="cart-line__info">
                  <Link to={`/products/${item.product_handle}`} className="cart-line__title">
                    {item.product_title}
                  </Link>
                  <p className="cart-line__variant">
                    {item.variant_title} · {formatMoney(item.unit_price, cart.currency_code)}
                  </p>
                  {(item.adjustments ?? [])
                    .flatMap((adjustment) => (adjustment?.description ? [adjustment] : []))
                    .map((adjustment) => (
                      <p
                        key={adjustment.id}
                        className="cart-line__member-price"
                        data-testid="member-price"
                      >
                        {adjustment.description}: −
                        {formatMoney(adjustment.amount, cart.currency_code)}
                      </p>
                    ))}
                  <div className="cart-line__actions">
                    <QuantityStepper
                      value={item.quantity}
                      disabled={busy}
                      onChange={(quantity) => run(() => updateItem(item.id, quantity))}
                    />
                    <button
                      type="button"
                      className="link-button"
                      disabled={busy}
                      onClick={() => run(() => removeItem(item.id))}
                    >
                      Remove
                    </button>
                  </div>
                </div>
                <p
                  className="cart-line__total"
                  data-testid="cart-line-total"
                  data-value={item.total}
                >
                  {formatMoney(item.total, cart.currency_code)}
                </p>
              </li>
            ))}
          </ul>
          {error && <Notice tone="error">{error}</Notice>}
          <Link to="/" className="link-button">
            ← Continue shopping
          </Link>
        </section>

        <aside className="panel" aria-label="Summary">
          <h2 className="panel__title">Summary</h2>
          <CartSummary cart={cart} shippingKnown={!!cart.shipping_methods?.length} />
          <form className="code-form" onSubmit={submitCode}>
            <CodeField
              id="discount-code"
              label="Discount code"
              value={code}
              onChange={setCode}
              placeholder="LOYAL-…"
              button="Apply"
              busy={busy}
            />
            {codeError && <Notice tone="error">{codeError}</Notice>}
            {codes.map((p) => (
              <p key={p.id} className="code-form__applied">
                <span className="badge badge--green" data-testid="applied-code">
                  {p.code}
                </span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => run(() => removeCode(p.code!))}
                >
                  Remove
                </button>
              </p>
            ))}
          </form>
          <CartCredits />
          <CartPoints cart={cart} />
          <Link
            to="/checkout"
            className="button button--primary button--block"
            data-testid="go-to-checkout"
          >
            Checkout
          </Link>
        </aside>
      </div>
    </div>
  )
}
