import { useCallback } from "react"
import { Link, Navigate, useLocation } from "react-router-dom"
import { GiftCardsAndCredit } from "../account/GiftCardsAndCredit"
import { MembershipCard } from "../account/MembershipCard"
import { Offers } from "../account/Offers"
import { PointsHistory } from "../account/PointsHistory"
import { Rewards } from "../account/Rewards"
import { YourRewards } from "../account/YourRewards"
import { LoadError, Spinner } from "../components/Notice"
import { storeCredit } from "../lib/credits"
import { formatDate, formatMoney } from "../lib/format"
import { loyalty, sdk } from "../lib/medusa"
import { useRegion } from "../lib/region"
import { useSession } from "../lib/session"
import { useResource } from "../lib/use-resource"

export function AccountPage() {
  const { customer, signOut, refreshMembership } = useSession()
  const location = useLocation()
  if (customer === undefined)
    return (
      <div className="page">
        <Spinner />
      </div>
    )
  if (customer === null)
    return <Navigate to="/sign-in" state={{ from: location.pathname }} replace />
  return (
    <MemberArea
      customerId={customer.id}
      firstName={customer.first_name ?? ""}
      name={`${customer.first_name ?? ""} ${customer.last_name ?? ""}`.trim()}
      email={customer.email}
      signOut={signOut}
      refreshMembership={refreshMembership}
    />
  )
}

type MemberAreaProps = {
  customerId: string
  firstName: string
  name: string
  email: string
  signOut: () => Promise<void>
  refreshMembership: () => Promise<void>
}

function MemberArea({
  customerId,
  firstName,
  name,
  email,
  signOut,
  refreshMembership,
}: MemberAreaProps) {
  const { region } = useRegion()
  const account = useResource(() => loyalty.getAccount(), [customerId])
  const entries = useResource(() => loyalty.listEntries({ limit: 50 }), [customerId])
  const rewards = useResource(() => loyalty.listRewards(), [])
  const redeemed = useResource(() => loyalty.listRedemptions({ limit: 50 }), [customerId])
  const offers = useResource(() => loyalty.listOffers(), [customerId])
  const orders = useResource(
    () => sdk.store.order.list({ limit: 5, order: "-created_at" }),
    [customerId]
  )
  const currency = region?.currency_code
  const credit = useResource(
    async () => (currency ? await storeCredit.account(currency) : null),
    [customerId, currency]
  )

  const afterRedemption = useCallback(async () => {
    await Promise.all([
      account.reload(),
      entries.reload(),
      credit.reload(),
      redeemed.reload(),
      refreshMembership(),
    ])
  }, [account, entries, credit, redeemed, refreshMembership])

  const membership = account.data?.loyalty_account
  const shownRewards = (rewards.data?.rewards ?? []).filter(
    (r) => !currency || r.currency_code === currency
  )

  return (
    <div className="page account">
      <header className="account__header">
        <div>
          <p className="eyebrow">Your membership</p>
          <h1 className="page__title">Hi, {firstName || "there"}</h1>
        </div>
        <button type="button" className="button button--secondary" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>

      {account.error ? <LoadError error={account.error} retry={account.reload} /> : null}

      <div className="account__grid">
        <div className="account__main">
          {!account.data ? (
            <Spinner />
          ) : membership ? (
            <MembershipCard account={membership} name={name} />
          ) : (
            <section
              className="membership-card membership-card--empty"
              data-testid="membership-card"
            >
              <p className="membership-card__label">Nordscen member</p>
              <p className="membership-card__name">{name}</p>
              <p>Your first order makes you a member: every krona earns a point.</p>
              <Link to="/" className="button button--light">
                See what's on
              </Link>
            </section>
          )}

          <section className="section" id="rewards" aria-labelledby="rewards-heading">
            <h2 id="rewards-heading" className="section__title">
              Rewards
            </h2>
            {rewards.data ? (
              <Rewards
                rewards={shownRewards}
                available={membership?.balance.available ?? 0}
                onRedeemed={afterRedemption}
              />
            ) : (
              <Spinner />
            )}
          </section>

          <section className="section" id="your-rewards" aria-labelledby="your-rewards-heading">
            <h2 id="your-rewards-heading" className="section__title">
              Your rewards
            </h2>
            {redeemed.data ? (
              <YourRewards page={redeemed.data} />
            ) : redeemed.error ? (
              <LoadError error={redeemed.error} retry={redeemed.reload} />
            ) : (
              <Spinner />
            )}
          </section>

          <section className="section" aria-labelledby="history-heading">
            <h2 id="history-heading" className="section__title">
              Points history
            </h2>
            {entries.data ? (
              <PointsHistory firstPage={entries.data} />
            ) : entries.error ? null : (
              <Spinner />
            )}
          </section>
        </div>

        <aside className="account__side">
          <section className="section" aria-labelledby="offers-heading">
            <h2 id="offers-heading" className="section__title">
              Your offers
            </h2>
            {offers.data ? (
              <Offers offers={offers.data.offers} />
            ) : offers.error ? null : (
              <Spinner />
            )}
          </section>

          <section className="section" aria-labelledby="credit-heading" id="credit">
            <h2 id="credit-heading" className="section__title">
              Gift cards and store credit
            </h2>
            {currency && <GiftCardsAndCredit credit={credit.data} currency={currency} />}
          </section>

          <section className="section" aria-labelledby="orders-heading">
            <h2 id="orders-heading" className="section__title">
              Recent orders
            </h2>
            {orders.data?.orders.length ? (
              <ul className="order-list">
                {orders.data.orders.map((order) => (
                  <li key={order.id}>
                    <Link to={`/order/${order.id}`}>#{order.display_id}</Link>
                    <span className="muted">{formatDate(order.created_at)}</span>
                    <span>{formatMoney(order.total, order.currency_code)}</span>
                  </li>
                ))}
              </ul>
            ) : orders.data ? (
              <p className="muted">No orders yet.</p>
            ) : (
              <Spinner />
            )}
          </section>

          <section className="section" aria-labelledby="details-heading">
            <h2 id="details-heading" className="section__title">
              Details
            </h2>
            <p className="muted">{email}</p>
          </section>
        </aside>
      </div>
    </div>
  )
}
