import type { StoreLoyaltyPreview } from "medusa-plugin-customer-loyalty/client"
import { useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { LoadError, Notice, Spinner } from "../components/Notice"
import { PointsPill, usePointsPreview } from "../components/PointsPreview"
import { ProductArt } from "../components/ProductArt"
import { QuantityStepper } from "../components/QuantityStepper"
import { useCart } from "../lib/cart"
import { formatDate, formatDateTime, formatMoney } from "../lib/format"
import { errorMessage } from "../lib/medusa"
import {
  categoryName,
  cheapestVariant,
  retrieveProductByHandle,
  saleStatus,
  variantPrice,
} from "../lib/products"
import { useRegion } from "../lib/region"
import { useSession } from "../lib/session"
import { useResource } from "../lib/use-resource"

export function ProductPage() {
  const { handle = "" } = useParams()
  const { region } = useRegion()
  const { customer } = useSession()
  const { addItem } = useCart()
  const product = useResource(
    () => (region ? retrieveProductByHandle(handle, region.id) : Promise.resolve(null)),
    [handle, region?.id, customer?.id]
  )
  const [variantId, setVariantId] = useState<string | null>(null)
  const [quantity, setQuantity] = useState(1)
  const [adding, setAdding] = useState(false)
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null)
  // The member's price and the points are those the cart will give.
  const preview = usePointsPreview(variantId, region?.id ?? null, quantity)

  useEffect(() => {
    if (product.data && !product.data.variants?.some((v) => v.id === variantId)) {
      setVariantId(cheapestVariant(product.data).variant?.id ?? null)
    }
  }, [product.data, variantId])

  if (product.error) {
    return (
      <div className="page">
        <LoadError error={product.error} retry={product.reload} />
      </div>
    )
  }
  if (product.data === null) {
    return (
      <div className="page">
        <Notice>
          This performance is not in our programme. <Link to="/">See what's on</Link>.
        </Notice>
      </div>
    )
  }
  if (!product.data || !region)
    return (
      <div className="page">
        <Spinner />
      </div>
    )

  const p = product.data
  const variant = p.variants?.find((v) => v.id === variantId) ?? null
  const price = variant ? variantPrice(variant) : null
  const { buyable, opensAt, early } = saleStatus(p)
  const maxQuantity = early?.remaining ?? 10

  const add = async () => {
    if (!variant) return
    setAdding(true)
    setMessage(null)
    try {
      await addItem(variant.id, quantity)
      setMessage({
        tone: "success",
        text: `${quantity} × ${p.title} (${variant.title}) is in your cart.`,
      })
      if (early) void product.reload()
    } catch (error) {
      setMessage({ tone: "error", text: errorMessage(error) })
    } finally {
      setAdding(false)
    }
  }

  return (
    <div className="page product-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/">What's on</Link> <span aria-hidden="true">/</span> <span>{p.title}</span>
      </nav>
      <div className="product-page__grid">
        <ProductArt title={p.title} subtitle={p.subtitle} category={categoryName(p)} size="large" />
        <div className="product-page__details">
          <p className="eyebrow">{categoryName(p)}</p>
          <h1 className="product-page__title" data-testid="product-title">
            {p.title}
          </h1>
          {p.subtitle && <p className="product-page__subtitle">{p.subtitle}</p>}
          {price !== null && (
            <Price
              price={price}
              preview={preview.data}
              quantity={quantity}
              currency={region.currency_code}
            />
          )}

          {early && (
            <div className="callout callout--gold" data-testid="early-access">
              <p className="callout__title">Early access for you</p>
              <p>
                {buyable ? "Book now" : `Book from ${formatDateTime(early.available_from)}`}, before
                the public sale on {formatDate(early.public_sale_starts_at)}.
                {early.remaining !== null &&
                  ` You may book ${early.remaining} more ${early.remaining === 1 ? "item" : "items"} early.`}
              </p>
            </div>
          )}
          {!early && opensAt && (
            <div className="callout">
              <p className="callout__title">On sale {formatDateTime(opensAt)}</p>
              <p>
                Tickets for this performance go on sale soon. Members with early access may book
                before.
              </p>
            </div>
          )}

          {(p.variants?.length ?? 0) > 1 && (
            <fieldset className="options">
              <legend>{p.options?.[0]?.title ?? "Option"}</legend>
              <div className="options__list">
                {p.variants!.map((v) => (
                  <button
                    type="button"
                    key={v.id}
                    className={`option ${v.id === variantId ? "option--active" : ""}`}
                    aria-pressed={v.id === variantId}
                    onClick={() => setVariantId(v.id)}
                  >
                    <span>{v.title}</span>
                    <span className="option__price">
                      {formatMoney(variantPrice(v), region.currency_code)}
                    </span>
                  </button>
                ))}
              </div>
            </fieldset>
          )}

          {buyable && variant && (
            <>
              <div className="buy-row">
                <QuantityStepper
                  value={quantity}
                  min={1}
                  max={Math.max(1, maxQuantity)}
                  onChange={setQuantity}
                />
                <button
                  type="button"
                  className="button button--primary button--wide"
                  onClick={add}
                  disabled={adding}
                  data-testid="add-to-cart"
                >
                  {adding ? "Adding…" : "Add to cart"}
                </button>
              </div>
              {!preview.error && (
                <PointsPill preview={preview.data ?? undefined} variant="detail" prefix="Earn" />
              )}
            </>
          )}
          {message && (
            <Notice tone={message.tone} testId="add-to-cart-message">
              {message.text} {message.tone === "success" && <Link to="/cart">View cart</Link>}
            </Notice>
          )}
          {p.description && <p className="product-page__description">{p.description}</p>}
        </div>
      </div>
    </div>
  )
}

type PriceProps = {
  price: number
  preview: StoreLoyaltyPreview | null | undefined
  quantity: number
  currency: string
}

/**
 * The price, and a member's price where a benefit lowers it: the one the
 * cart will charge (a benefit's limit may cover only some of the tickets).
 */
function Price({ price, preview, quantity, currency }: PriceProps) {
  const member = preview?.quantity === quantity ? preview.member_price : null
  if (!member) {
    return (
      <p className="product-page__price" data-testid="product-price">
        {formatMoney(price, currency)}
      </p>
    )
  }
  return (
    <div
      className="member-price"
      data-testid="product-member-price"
      data-price={price}
      data-unit-price={member.unit_price}
      data-total={member.total}
    >
      <p className="product-page__price">
        <s className="member-price__was" aria-label="Price">
          {formatMoney(price, currency)}
        </s>{" "}
        <span className="member-price__now">{formatMoney(member.unit_price, currency)}</span>
      </p>
      <p className="member-price__note">
        Your member price
        {quantity > 1 && (
          <>
            {" "}
            · {quantity} tickets{" "}
            <strong data-testid="member-total">{formatMoney(member.total, currency)}</strong>
            {member.quantity < quantity &&
              ` (${member.quantity} of ${quantity} at your member price)`}
          </>
        )}
      </p>
    </div>
  )
}
