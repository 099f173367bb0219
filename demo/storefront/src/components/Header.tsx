import { Link, NavLink } from "react-router-dom"
import { useCart } from "../lib/cart"
import { formatPoints } from "../lib/format"
import { useRegion } from "../lib/region"
import { useSession } from "../lib/session"

export function Header() {
  const { customer, membership } = useSession()
  const { itemCount } = useCart()
  const { regions, region, setRegionId } = useRegion()

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="logo" aria-label="Nordscen, home">
          <span className="logo__mark">N</span>
          <span className="logo__word">Nordscen</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <NavLink to="/" end>
            What's on
          </NavLink>
          <NavLink to="/account">Membership</NavLink>
        </nav>
        <div className="site-header__tools">
          {regions.length > 1 && (
            <label className="region-select">
              <span className="visually-hidden">Region</span>
              <select value={region?.id ?? ""} onChange={(e) => setRegionId(e.target.value)}>
                {regions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name} · {r.currency_code.toUpperCase()}
                  </option>
                ))}
              </select>
            </label>
          )}
          {customer ? (
            <Link to="/account" className="header-account" data-testid="header-account">
              <UserIcon />
              <span className="header-account__name">{customer.first_name || "Account"}</span>
              {membership && (
                <span className="header-account__points" data-testid="header-points">
                  {formatPoints(membership.balance.available)} pts
                </span>
              )}
            </Link>
          ) : (
            <Link to="/sign-in" className="header-account" data-testid="header-sign-in">
              <UserIcon />
              <span className="header-account__name">Sign in</span>
            </Link>
          )}
          <Link
            to="/cart"
            className="header-cart"
            data-testid="header-cart"
            aria-label={`Cart, ${itemCount} items`}
          >
            <BagIcon />
            {itemCount > 0 && <span className="header-cart__count">{itemCount}</span>}
          </Link>
        </div>
      </div>
    </header>
  )
}

function UserIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path
        d="M4 21c1.2-4 4.3-6 8-6s6.8 2 8 6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  )
}

function BagIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <path
        d="M5 8h14l-1.2 12.2a1 1 0 0 1-1 .8H7.2a1 1 0 0 1-1-.8z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
      <path
        d="M9 8V6.5a3 3 0 0 1 6 0V8"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  )
}
