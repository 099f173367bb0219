import { Link } from "react-router-dom"
import { formatDate, formatMoney } from "../lib/format"
import {
  categoryName,
  cheapestVariant,
  saleStatus,
  ShopProduct,
  variantPrice,
} from "../lib/products"
import { PointsPreview } from "./PointsPreview"
import { ProductArt } from "./ProductArt"

export function ProductCard({
  product,
  regionId,
  currencyCode,
}: {
  product: ShopProduct
  regionId: string
  currencyCode: string
}) {
  const { variant, varies } = cheapestVariant(product)
  const { buyable, opensAt, early } = saleStatus(product)

  return (
    <article className="product-card" data-testid="product-card" data-handle={product.handle}>
      <Link to={`/products/${product.handle}`} className="product-card__media">
        <ProductArt
          title={product.title}
          subtitle={product.subtitle}
          category={categoryName(product)}
        />
      </Link>
      <div className="product-card__body">
        {(early || opensAt) && (
          <p className="product-card__badges">
            {early ? (
              <span className="badge badge--gold" data-testid="early-access-badge">
                Early access
              </span>
            ) : (
              <span className="badge badge--muted">On sale {formatDate(opensAt)}</span>
            )}
          </p>
        )}
        <h3 className="product-card__title">
          <Link to={`/products/${product.handle}`}>{product.title}</Link>
        </h3>
        {product.subtitle && <p className="product-card__subtitle">{product.subtitle}</p>}
        <div className="product-card__meta">
          {variant && (
            <span className="product-card__price">
              {varies && <span className="product-card__from">from </span>}
              {formatMoney(variantPrice(variant), currencyCode)}
            </span>
          )}
          {variant && buyable && (
            <PointsPreview
              variantId={variant.id}
              regionId={regionId}
              prefix={varies ? "Earn from" : "Earn"}
            />
          )}
        </div>
        {early && (
          <p className="product-card__note">
            {buyable ? "Yours to book now" : `Yours from ${formatDate(early.available_from)}`} ·
            public sale {formatDate(early.public_sale_starts_at)}
          </p>
        )}
      </div>
    </article>
  )
}
