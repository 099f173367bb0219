import { useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { LoadError, Notice, Spinner } from "../components/Notice"
import { PointsPreview } from "../components/PointsPreview"
import { ProductArt } from "../components/ProductArt"
import { QuantityStepper } from "../components/QuantityStepper"
import { useCart } from "../lib/cart"
import { formatDate, formatDateTime, formatMoney } from "../lib/format"
import { errorMessage } from "../lib/medusa"
import { categoryName, cheapestVariant, retrieveProductByHandle, saleStatus, variantPrice } from "../lib/products"
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
        <Notice>This performance is not in our programme. <Link to="/">See what's on</Link>.</Notice>
      </div>
    )
  }
  if (!product.data || !region) return <div className="page"><Spinner /></div>

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
      setMessage({ tone: "success", text: `${quantity} × ${p.title} (${variant.title}) is in your cart.` })
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
          <h1 className="product-page__title" data-testid="product-title">{p.title}</h1>
          {p.subtitle && <p className="product-page__subtitle">{p.subtitle}</p>}
          {price !== null && <p className="product-page__price">{formatMoney(price, region.currency_code)}</p>}

          {early && (
            <div className="callout callout--gold" data-testid="early-access">
              <p className="callout__title">Early access for you</p>
              <p>
                {buyable ? "Book now" : `Book from ${formatDateTime(early.available_from)}`}, before the public sale on{" "}
                {formatDate(early.public_sale_starts_at)}.
                {early.remaining !== null && ` You may book ${early.remaining} more ${early.remaining === 1 ? "item" : "items"} early.`}
              </p>
            </div>
          )}
          {!early && opensAt && (
            <div className="callout">
              <p className="callout__title">On sale {formatDateTime(opensAt)}</p>
              <p>Tickets for this performance go on sale soon. Members with early access may book before.</p>
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
                    <span className="option__price">{formatMoney(variantPrice(v), region.currency_code)}</span>
                  </button>
                ))}
              </div>
            </fieldset>
          )}

          {buyable && variant && (
            <>
              <div className="buy-row">
                <QuantityStepper value={quantity} min={1} max={Math.max(1, maxQuantity)} onChange={setQuantity} />
                <button type="button" className="button button--primary button--wide" onClick={add} disabled={adding} data-testid="add-to-cart">
                  {adding ? "Adding…" : "Add to cart"}
                </button>
              </div>
              <PointsPreview variantId={variant.id} regionId={region.id} quantity={quantity} variant="detail" prefix="Earn" />
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
