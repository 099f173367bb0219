import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { LoadError, Spinner } from "../components/Notice"
import { HeroMembership } from "../components/HeroMembership"
import { ProductCard } from "../components/ProductCard"
import { categoryName, listProducts } from "../lib/products"
import { useRegion } from "../lib/region"
import { useSession } from "../lib/session"
import { useResource } from "../lib/use-resource"

export function ShopPage() {
  const { region } = useRegion()
  const { customer, membership } = useSession()
  const [category, setCategory] = useState<string | null>(null)
  // Reloaded when the customer changes: early access is theirs.
  const products = useResource(
    () => (region ? listProducts(region.id) : Promise.resolve([])),
    [region?.id, customer?.id]
  )

  const categories = useMemo(
    () => [...new Set((products.data ?? []).map(categoryName).filter((c): c is string => !!c))],
    [products.data]
  )
  const shown = (products.data ?? []).filter((p) => !category || categoryName(p) === category)

  return (
    <>
      <section className="hero">
        <div className="hero__inner">
          <div className="hero__text">
            <p className="eyebrow">Season 2025/26</p>
            <h1 className="hero__title">An evening you will talk about for years</h1>
            {customer && membership ? (
              <p className="hero__lead">
                Welcome back, {customer.first_name}. Every ticket you book earns points
                {membership.next_tier ? ` on your way to ${membership.next_tier.name}` : ""}.
              </p>
            ) : customer ? (
              <p className="hero__lead">
                Welcome, {customer.first_name}. Every order earns points from the first krona.
              </p>
            ) : (
              <p className="hero__lead">
                Members earn a point for every krona and turn them into rewards.{" "}
                <Link to="/sign-in">Sign in or join</Link>.
              </p>
            )}
          </div>
          <HeroMembership />
        </div>
      </section>

      <section className="page">
        <div className="chips" role="toolbar" aria-label="Categories">
          <button
            type="button"
            className={`chip ${category === null ? "chip--active" : ""}`}
            onClick={() => setCategory(null)}
          >
            All
          </button>
          {categories.map((name) => (
            <button
              type="button"
              key={name}
              className={`chip ${category === name ? "chip--active" : ""}`}
              onClick={() => setCategory(name)}
            >
              {name}
            </button>
          ))}
        </div>

        {products.error ? (
          <LoadError error={products.error} retry={products.reload} />
        ) : !products.data || !region ? (
          <Spinner label="Loading the programme" />
        ) : (
          <div className="product-grid" data-testid="product-grid">
            {shown.map((product) => (
              <ProductCard
                key={product.id}
                product={product}
                regionId={region.id}
                currencyCode={region.currency_code}
              />
            ))}
          </div>
        )}
      </section>
    </>
  )
}
