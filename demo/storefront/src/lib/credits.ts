import type { HttpTypes } from "@medusajs/types"
import { sdk } from "./medusa"

/**
 * Gift cards and store credit live in @medusajs/loyalty-plugin, which the
 * loyalty rewards pay out in; its store routes have no method in the JS SDK,
 * so they are called through the SDK's own client (key and token included).
 */

export type CartCreditLine = {
  id: string
  amount: number
  /** "gift-card" or "store-credit" */
  reference: string
  reference_id: string
}

export type CartGiftCard = { id: string; code: string }

/** Medusa's cart with what the plugin adds: credit lines and the gift cards applied. */
export type StoreCartWithCredits = HttpTypes.StoreCart & {
  credit_lines?: CartCreditLine[]
  credit_line_total?: number
  gift_cards?: CartGiftCard[]
}

export type StoreGiftCard = {
  id: string
  code: string
  value: number
  currency_code: string
  expires_at: string | null
  store_credit_account: { balance: number } | null
}

export type StoreCreditAccount = {
  id: string
  currency_code: string
  balance: number
}

type CartQuery = Record<string, string>
type CartResponse = { cart: StoreCartWithCredits }

export const giftCards = {
  applyToCart: (cartId: string, code: string, query: CartQuery) =>
    sdk.client.fetch<CartResponse>(`/store/carts/${cartId}/gift-cards`, {
      method: "POST",
      body: { code },
      query,
    }),
  removeFromCart: (cartId: string, code: string, query: CartQuery) =>
    sdk.client.fetch<CartResponse>(`/store/carts/${cartId}/gift-cards`, {
      method: "DELETE",
      body: { code },
      query,
    }),
  /** A card by its code, with what is left on it. */
  retrieve: (code: string) =>
    sdk.client.fetch<{ gift_card: StoreGiftCard }>(
      `/store/gift-cards/${encodeURIComponent(code)}`,
      {
        query: { fields: "+store_credit_account.balance" },
      }
    ),
}

export const storeCredit = {
  /** Uses `amount` of the customer's credit in the cart's currency, or as much as the cart needs. */
  applyToCart: (cartId: string, amount: number | undefined, query: CartQuery) =>
    sdk.client.fetch<CartResponse>(`/store/carts/${cartId}/store-credits`, {
      method: "POST",
      body: amount === undefined ? {} : { amount },
      query,
    }),
  /** The signed-in customer's account in a currency (at most one), with its balance. */
  account: async (currencyCode: string) => {
    const { store_credit_accounts } = await sdk.client.fetch<{
      store_credit_accounts: StoreCreditAccount[]
    }>("/store/store-credit-accounts", { query: { currency_code: currencyCode } })
    return store_credit_accounts[0] ?? null
  },
}
