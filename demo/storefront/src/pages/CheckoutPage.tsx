import type { HttpTypes } from "@medusajs/types"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CartPoints } from "../components/CartPoints"
import { CartSummary } from "../components/CartSummary"
import { Notice, Spinner } from "../components/Notice"
import { CART_FIELDS, useCart } from "../lib/cart"
import { formatMoney } from "../lib/format"
import { errorMessage, loyalty, sdk } from "../lib/medusa"
import { useRegion } from "../lib/region"
import { useSession } from "../lib/session"
import { useResource } from "../lib/use-resource"

type Address = {
  first_name: string
  last_name: string
  address_1: string
  postal_code: string
  city: string
  country_code: string
  phone: string
}

const PAYMENT_LABELS: Record<string, { title: string; text: string }> = {
  pp_system_default: {
    title: "Test payment",
    text: "This is a demo shop: the order is placed and nothing is charged.",
  },
}

/**
 * Checkout in three steps, each saved on the cart as Medusa's store API
 * expects: email and delivery address, a shipping method, then a payment
 * session with the chosen provider and completion into an order.
 */
export function CheckoutPage() {
  const { cart, setCart, forget } = useCart()
  const { customer } = useSession()
  const { region } = useRegion()
  const navigate = useNavigate()
  const [editingAddress, setEditingAddress] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (!cart?.items?.length || !region) {
    return (
      <div className="page page--narrow empty-state">
        <h1>Nothing to check out</h1>
        <Link to="/" className="button button--primary">
          See what's on
        </Link>
      </div>
    )
  }

  const hasAddress = !!cart.email && !!cart.shipping_address?.address_1
  const addressStep = !hasAddress || editingAddress
  const hasShipping = !!cart.shipping_methods?.length

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

  const saveAddress = (email: string, address: Address) =>
    run(async () => {
      const { cart: updated } = await sdk.store.cart.update(
        cart.id,
        { email, shipping_address: address, billing_address: address },
        CART_FIELDS
      )
      setCart(updated)
      setEditingAddress(false)
    })

  const chooseShipping = (optionId: string) =>
    run(async () => {
      const { cart: updated } = await sdk.store.cart.addShippingMethod(
        cart.id,
        { option_id: optionId },
        CART_FIELDS
      )
      setCart(updated)
    })

  const placeOrder = (providerId: string) =>
    run(async () => {
      const points = await loyalty
        .cartPoints(cart.id)
        .then(({ cart_loyalty }) => (customer ? cart_loyalty.points : 0))
        .catch(() => 0)
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId })
      const completed = await sdk.store.cart.complete(cart.id)
      if (completed.type === "cart") {
        setCart(completed.cart)
        throw new Error(completed.error?.message ?? "The order could not be placed.")
      }
      forget()
      navigate(`/order/${completed.order.id}`, { state: { points } })
    })

  return (
    <div className="page">
      <h1 className="page__title">Checkout</h1>
      <div className="two-column">
        <div className="checkout-steps">
          <section className={`step ${addressStep ? "step--open" : "step--done"}`}>
            <header className="step__header">
              <h2>
                <span className="step__number">1</span> Contact and delivery address
              </h2>
              {!addressStep && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setEditingAddress(true)}
                >
                  Edit
                </button>
              )}
            </header>
            {addressStep ? (
              <AddressForm
                cart={cart}
                customer={customer ?? null}
                region={region}
                busy={busy}
                onSubmit={saveAddress}
              />
            ) : (
              <p className="step__summary" data-testid="address-summary">
                {cart.email}
                <br />
                {cart.shipping_address?.first_name} {cart.shipping_address?.last_name},{" "}
                {cart.shipping_address?.address_1}, {cart.shipping_address?.postal_code}{" "}
                {cart.shipping_address?.city}
              </p>
            )}
          </section>

          <section className={`step ${!addressStep ? "step--open" : ""}`}>
            <header className="step__header">
              <h2>
                <span className="step__number">2</span> Delivery
              </h2>
            </header>
            {!addressStep && <ShippingOptions cart={cart} busy={busy} onChoose={chooseShipping} />}
          </section>

          <section className={`step ${!addressStep && hasShipping ? "step--open" : ""}`}>
            <header className="step__header">
              <h2>
                <span className="step__number">3</span> Payment
              </h2>
            </header>
            {!addressStep && hasShipping && (
              <Payment cart={cart} busy={busy} onPlaceOrder={placeOrder} />
            )}
          </section>
          {error && (
            <Notice tone="error" testId="checkout-error">
              {error}
            </Notice>
          )}
        </div>

        <aside className="panel" aria-label="Order summary">
          <h2 className="panel__title">Your order</h2>
          <ul className="summary-lines">
            {cart.items.map((item) => (
              <li key={item.id}>
                <span>
                  {item.quantity} × {item.product_title}
                  <span className="summary-lines__variant">{item.variant_title}</span>
                </span>
                <span>{formatMoney(item.total, cart.currency_code)}</span>
              </li>
            ))}
          </ul>
          <CartSummary cart={cart} shippingKnown={hasShipping} />
          <CartPoints cart={cart} compact />
        </aside>
      </div>
    </div>
  )
}

function AddressForm({
  cart,
  customer,
  region,
  busy,
  onSubmit,
}: {
  cart: HttpTypes.StoreCart
  customer: HttpTypes.StoreCustomer | null
  region: HttpTypes.StoreRegion
  busy: boolean
  onSubmit: (email: string, address: Address) => void
}) {
  const saved = cart.shipping_address
  const fallback =
    customer?.addresses?.find((a) => a.is_default_shipping) ?? customer?.addresses?.[0]
  const countries = useMemo(() => region.countries ?? [], [region.countries])
  const [email, setEmail] = useState(cart.email ?? customer?.email ?? "")
  const [address, setAddress] = useState<Address>({
    first_name: saved?.first_name ?? fallback?.first_name ?? customer?.first_name ?? "",
    last_name: saved?.last_name ?? fallback?.last_name ?? customer?.last_name ?? "",
    address_1: saved?.address_1 ?? fallback?.address_1 ?? "",
    postal_code: saved?.postal_code ?? fallback?.postal_code ?? "",
    city: saved?.city ?? fallback?.city ?? "",
    country_code: saved?.country_code ?? fallback?.country_code ?? countries[0]?.iso_2 ?? "",
    phone: saved?.phone ?? fallback?.phone ?? "",
  })
  useEffect(() => {
    if (!countries.some((c) => c.iso_2 === address.country_code) && countries[0]?.iso_2) {
      setAddress((a) => ({ ...a, country_code: countries[0].iso_2! }))
    }
  }, [countries, address.country_code])

  const field = (name: keyof Address) => ({
    id: `checkout-${name}`,
    name,
    value: address[name],
    onChange: (e: { target: { value: string } }) =>
      setAddress((a) => ({ ...a, [name]: e.target.value })),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit(email.trim(), address)
  }

  return (
    <form className="form-grid" onSubmit={submit} data-testid="address-form">
      <div className="field field--wide">
        <label htmlFor="checkout-email">Email</label>
        <input
          id="checkout-email"
          type="email"
          required
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="checkout-first_name">First name</label>
        <input required autoComplete="given-name" {...field("first_name")} />
      </div>
      <div className="field">
        <label htmlFor="checkout-last_name">Last name</label>
        <input required autoComplete="family-name" {...field("last_name")} />
      </div>
      <div className="field field--wide">
        <label htmlFor="checkout-address_1">Street address</label>
        <input required autoComplete="address-line1" {...field("address_1")} />
      </div>
      <div className="field">
        <label htmlFor="checkout-postal_code">Postal code</label>
        <input required autoComplete="postal-code" {...field("postal_code")} />
      </div>
      <div className="field">
        <label htmlFor="checkout-city">City</label>
        <input required autoComplete="address-level2" {...field("city")} />
      </div>
      <div className="field">
        <label htmlFor="checkout-country_code">Country</label>
        <select autoComplete="country" {...field("country_code")}>
          {countries.map((c) => (
            <option key={c.iso_2} value={c.iso_2}>
              {c.display_name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="checkout-phone">Phone (optional)</label>
        <input autoComplete="tel" {...field("phone")} />
      </div>
      <div className="field field--wide">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="address-continue"
        >
          Continue to delivery
        </button>
      </div>
    </form>
  )
}

function ShippingOptions({
  cart,
  busy,
  onChoose,
}: {
  cart: HttpTypes.StoreCart
  busy: boolean
  onChoose: (id: string) => void
}) {
  const options = useResource(
    () => sdk.store.fulfillment.listCartOptions({ cart_id: cart.id }),
    [cart.id, cart.shipping_address?.country_code]
  )
  const chosen = cart.shipping_methods?.[0]?.shipping_option_id
  if (options.error) return <Notice tone="error">{errorMessage(options.error)}</Notice>
  if (!options.data) return <Spinner />
  if (!options.data.shipping_options.length) {
    return <Notice>We do not deliver to this address yet.</Notice>
  }
  return (
    <div className="choices" role="radiogroup" aria-label="Delivery" data-testid="shipping-options">
      {options.data.shipping_options.map((option) => (
        <label key={option.id} className={`choice ${chosen === option.id ? "choice--active" : ""}`}>
          <input
            type="radio"
            name="shipping"
            checked={chosen === option.id}
            disabled={busy}
            onChange={() => onChoose(option.id)}
          />
          <span className="choice__text">
            <span className="choice__title">{option.type?.label ?? option.name}</span>
            {option.type?.description && (
              <span className="choice__description">{option.type.description}</span>
            )}
          </span>
          <span className="choice__price">
            {option.amount ? formatMoney(option.amount, cart.currency_code) : "Free"}
          </span>
        </label>
      ))}
    </div>
  )
}

function Payment({
  cart,
  busy,
  onPlaceOrder,
}: {
  cart: HttpTypes.StoreCart
  busy: boolean
  onPlaceOrder: (providerId: string) => void
}) {
  const providers = useResource(
    () => sdk.store.payment.listPaymentProviders({ region_id: cart.region_id! }),
    [cart.region_id]
  )
  const [chosen, setChosen] = useState<string | null>(null)
  const list = providers.data?.payment_providers ?? []
  const selected = chosen ?? list[0]?.id ?? null

  if (providers.error) return <Notice tone="error">{errorMessage(providers.error)}</Notice>
  if (!providers.data) return <Spinner />
  return (
    <>
      <div className="choices" role="radiogroup" aria-label="Payment">
        {list.map((provider) => {
          const label = PAYMENT_LABELS[provider.id] ?? { title: provider.id, text: "" }
          return (
            <label
              key={provider.id}
              className={`choice ${selected === provider.id ? "choice--active" : ""}`}
            >
              <input
                type="radio"
                name="payment"
                checked={selected === provider.id}
                onChange={() => setChosen(provider.id)}
              />
              <span className="choice__text">
                <span className="choice__title">{label.title}</span>
                <span className="choice__description">{label.text}</span>
              </span>
            </label>
          )
        })}
      </div>
      <button
        type="button"
        className="button button--primary button--block"
        disabled={busy || !selected}
        onClick={() => selected && onPlaceOrder(selected)}
        data-testid="place-order"
      >
        {busy
          ? "Placing your order…"
          : `Place order · ${formatMoney(cart.total, cart.currency_code)}`}
      </button>
    </>
  )
}
