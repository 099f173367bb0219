import { Link, useLocation, useParams } from "react-router-dom"
import { LoadError, Spinner } from "../components/Notice"
import { StarIcon } from "../components/PointsPreview"
import { formatMoney, pointsLabel } from "../lib/format"
import { sdk } from "../lib/medusa"
import { useResource } from "../lib/use-resource"

/** The confirmation after checkout. */
export function OrderPage() {
  const { id = "" } = useParams()
  const location = useLocation()
  const points = (location.state as { points?: number } | null)?.points ?? 0
  const order = useResource(() => sdk.store.order.retrieve(id), [id])

  if (order.error) {
    return (
      <div className="page page--narrow">
        <LoadError error={order.error} retry={order.reload} />
      </div>
    )
  }
  if (!order.data)
    return (
      <div className="page page--narrow">
        <Spinner />
      </div>
    )
  const { order: o } = order.data
  // What gift cards and store credit paid (@medusajs/loyalty-plugin's credit lines).
  const credited = (o as { credit_line_total?: number }).credit_line_total ?? 0

  return (
    <div className="page page--narrow confirmation" data-testid="order-confirmation">
      <p className="eyebrow">Order #{o.display_id}</p>
      <h1 className="page__title">
        Thank you, {o.shipping_address?.first_name ?? "we have your order"}!
      </h1>
      <p className="lead">A confirmation is on its way to {o.email}.</p>
      {points > 0 && (
        <div className="callout callout--points" data-testid="order-points">
          <StarIcon />
          <p>
            This order earns you <strong>{pointsLabel(points)}</strong>. They show as pending on
            your <Link to="/account">membership page</Link> until the order is settled, then they
            are yours to spend.
          </p>
        </div>
      )}
      <div className="panel">
        <ul className="summary-lines">
          {o.items?.map((item) => (
            <li key={item.id}>
              <span>
                {item.quantity} × {item.product_title}
                <span className="summary-lines__variant">{item.variant_title}</span>
              </span>
              <span>{formatMoney(item.total, o.currency_code)}</span>
            </li>
          ))}
        </ul>
        <dl className="totals">
          <div>
            <dt>Delivery</dt>
            <dd>{o.shipping_total ? formatMoney(o.shipping_total, o.currency_code) : "Free"}</dd>
          </div>
          {credited > 0 && (
            <div className="totals__discount" data-testid="order-credit">
              <dt>Gift card and store credit</dt>
              <dd>−{formatMoney(credited, o.currency_code)}</dd>
            </div>
          )}
          <div className="totals__total">
            <dt>Paid</dt>
            <dd>{formatMoney(o.total, o.currency_code)}</dd>
          </div>
        </dl>
      </div>
      <Link to="/" className="button button--secondary">
        Continue shopping
      </Link>
    </div>
  )
}
