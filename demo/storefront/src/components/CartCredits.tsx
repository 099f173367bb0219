import { FormEvent, useState } from "react"
import { useCart } from "../lib/cart"
import { storeCredit } from "../lib/credits"
import { formatMoney } from "../lib/format"
import { errorMessage } from "../lib/medusa"
import { useSession } from "../lib/session"
import { useResource } from "../lib/use-resource"
import { CodeField } from "./CodeField"
import { Notice } from "./Notice"

/**
 * Gift cards and store credit, paid out by loyalty rewards, applied through
 * @medusajs/loyalty-plugin's cart routes: each becomes a credit line that
 * lowers what is left to pay.
 */
export function CartCredits() {
  const { cart, applyGiftCard, removeGiftCard, applyStoreCredit } = useCart()
  const { customer } = useSession()
  const [code, setCode] = useState("")
  const [amount, setAmount] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const currency = cart?.currency_code ?? ""
  const credit = useResource(
    async () => (customer && currency ? await storeCredit.account(currency) : null),
    [customer?.id, currency, cart?.credit_line_total]
  )
  if (!cart) return null

  const run = (action: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    action()
      .catch((e) => setError(errorMessage(e)))
      .finally(() => setBusy(false))
  }

  const submitGiftCard = (event: FormEvent) => {
    event.preventDefault()
    const value = code.trim()
    if (value) run(() => applyGiftCard(value).then(() => setCode("")))
  }

  const submitStoreCredit = (event: FormEvent) => {
    event.preventDefault()
    const value = amount.trim() === "" ? undefined : Number(amount)
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      return setError(
        "Enter a whole amount above 0, or leave it empty to use what the order needs."
      )
    }
    run(() => applyStoreCredit(value).then(() => setAmount("")))
  }

  const account = credit.data
  const usedCredit = (cart.credit_lines ?? []).find((line) => line.reference === "store-credit")

  return (
    <div className="cart-credits">
      <form className="code-form" onSubmit={submitGiftCard}>
        <CodeField
          id="gift-card-code"
          label="Gift card"
          value={code}
          onChange={setCode}
          placeholder="GIFT-…"
          button="Use card"
          busy={busy}
          testId="apply-gift-card"
        />
        {(cart.gift_cards ?? []).map((card) => (
          <p key={card.id} className="code-form__applied">
            <span className="badge badge--green" data-testid="applied-gift-card">
              {card.code}
            </span>
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => run(() => removeGiftCard(card.code))}
            >
              Remove
            </button>
          </p>
        ))}
      </form>

      {account && account.balance > 0 && (
        <form className="code-form" onSubmit={submitStoreCredit} data-testid="store-credit">
          <label htmlFor="store-credit-amount">
            Store credit:{" "}
            <span data-testid="store-credit-available">
              {formatMoney(account.balance, currency)}
            </span>
            {usedCredit ? ` · ${formatMoney(usedCredit.amount, currency)} used here` : ""}
          </label>
          <div className="code-form__row">
            <input
              id="store-credit-amount"
              inputMode="numeric"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              placeholder={`Up to ${formatMoney(Math.min(account.balance, cart.total + (usedCredit?.amount ?? 0)), currency)}`}
              autoComplete="off"
            />
            <button
              type="submit"
              className="button button--secondary"
              disabled={busy}
              data-testid="use-store-credit"
            >
              Use
            </button>
          </div>
        </form>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  )
}
