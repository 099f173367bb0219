import type { StoreOffer } from "medusa-plugin-customer-loyalty/client"
import { Link } from "react-router-dom"
import { formatDate, formatMoney, isFuture } from "../lib/format"
import { safeHref } from "../lib/safe-href"

const KIND_LABELS: Record<StoreOffer["kind"], string> = {
  discount: "Member price",
  early_access: "Early access",
  offer_link: "Invitation",
}

/** The customer's benefits: what they get, never why. */
export function Offers({ offers }: { offers: StoreOffer[] }) {
  if (!offers.length) {
    return <p className="muted">No personal offers right now. Members hear first when there are.</p>
  }
  return (
    <ul className="offers" data-testid="offers">
      {offers.map((offer) => (
        <li
          key={offer.id}
          className={`offer offer--${offer.kind}`}
          data-testid="offer"
          data-kind={offer.kind}
        >
          <span className="offer__kind">{KIND_LABELS[offer.kind]}</span>
          <p className="offer__title">{offer.title}</p>
          {offer.description && <p className="offer__description">{offer.description}</p>}
          {offer.discount && (
            <p className="offer__detail">
              <span className="badge badge--green-text">
                {offer.discount.type === "percentage"
                  ? `${offer.discount.value}% off`
                  : `${formatMoney(offer.discount.value, offer.discount.currency_code ?? "sek")} off`}
              </span>
            </p>
          )}
          {offer.kind === "early_access" && offer.early_access_from && (
            <p className="offer__detail">
              <span className="badge badge--gold">
                {isFuture(offer.early_access_from)
                  ? `From ${formatDate(offer.early_access_from)}`
                  : "Open now"}
              </span>
            </p>
          )}
          {offer.products.length > 0 && (
            <p className="offer__products">
              {offer.products.map((product) => (
                <Link key={product.id} to={`/products/${product.handle}`}>
                  {product.title}
                  {product.remaining !== null &&
                    ` · ${product.remaining} left${offer.kind === "discount" ? " at your member price" : ""}`}
                </Link>
              ))}
            </p>
          )}
          {offer.code && (
            <p className="offer__code">
              Code <span>{offer.code}</span>
            </p>
          )}
          {safeHref(offer.url) && (
            <a className="offer__link" href={safeHref(offer.url)} target="_blank" rel="noreferrer">
              Read more
            </a>
          )}
          {offer.ends_at && <p className="offer__until">Until {formatDate(offer.ends_at)}</p>}
        </li>
      ))}
    </ul>
  )
}
