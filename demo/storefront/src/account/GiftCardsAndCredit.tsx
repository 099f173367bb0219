import { FormEvent, useState } from "react"
import { CodeField } from "../components/CodeField"
import { Notice } from "../components/Notice"
import { giftCards, StoreCreditAccount, StoreGiftCard } from "../lib/credits"
import { formatMoney } from "../lib/format"
import { errorMessage } from "../lib/medusa"

type Props = {
  /** The customer's store credit in the shop's currency (null: none yet). */
  credit: StoreCreditAccount | null | undefined
  currency: string
}

/** What is left of the store credit, and of any gift card by its code. */
export function GiftCardsAndCredit({ credit, currency }: Props) {
  const [code, setCode] = useState("")
  const [card, setCard] = useState<StoreGiftCard | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const check = (event: FormEvent) => {
    event.preventDefault()
    const value = code.trim()
    if (!value) return
    setBusy(true)
    setError(null)
    setCard(null)
    giftCards
      .retrieve(value)
      .then(({ gift_card }) => setCard(gift_card))
      .catch((e) => setError(errorMessage(e)))
      .finally(() => setBusy(false))
  }

  const left = card?.store_credit_account?.balance ?? 0
  return (
    <div className="credit-summary">
      <p>
        Store credit:{" "}
        <strong data-testid="store-credit-balance" data-value={credit?.balance ?? 0}>
          {formatMoney(credit?.balance ?? 0, currency)}
        </strong>
      </p>
      <form className="code-form" onSubmit={check}>
        <CodeField
          id="gift-card-balance-code"
          label="Gift card balance"
          value={code}
          onChange={setCode}
          placeholder="GIFT-…"
          button="Check"
          busy={busy}
          testId="check-gift-card"
        />
      </form>
      {card && (
        <p data-testid="gift-card-balance" data-value={left}>
          {card.code}: <strong>{formatMoney(left, card.currency_code)}</strong> left of{" "}
          {formatMoney(card.value, card.currency_code)}
        </p>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  )
}
