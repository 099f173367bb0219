import type { HttpTypes } from "@medusajs/types"
import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react"
import { giftCards, StoreCartWithCredits, storeCredit } from "./credits"
import { sdk } from "./medusa"
import { useRegion } from "./region"
import { useSession } from "./session"

type CartValue = {
  cart: StoreCartWithCredits | null
  itemCount: number
  /** Adds a variant, creating the cart on the first add; rejects with the server's reason. */
  addItem: (variantId: string, quantity: number) => Promise<void>
  updateItem: (itemId: string, quantity: number) => Promise<void>
  removeItem: (itemId: string) => Promise<void>
  applyCode: (code: string) => Promise<void>
  removeCode: (code: string) => Promise<void>
  /** Through @medusajs/loyalty-plugin: a gift card's balance, or the customer's store credit. */
  applyGiftCard: (code: string) => Promise<void>
  removeGiftCard: (code: string) => Promise<void>
  applyStoreCredit: (amount?: number) => Promise<void>
  setCart: (cart: HttpTypes.StoreCart) => void
  refresh: () => Promise<void>
  /** Forgets the cart once it has become an order. */
  forget: () => void
}

const CartContext = createContext<CartValue | null>(null)

/**
 * Medusa's cart fields plus each line's total after discounts and the gift
 * cards applied. The adjustments' description says which units a member
 * price covers ("2 of 3 at your member price").
 */
export const CART_FIELDS = {
  fields: "+items.total,+items.original_total,+items.adjustments.description,*gift_cards",
}
const STORAGE_KEY = "nordscen_cart_id"

/**
 * The shopper's cart, remembered by id across reloads. A guest cart is
 * handed to the customer when they sign in (benefits such as early access
 * follow the cart's customer); signing out starts a new cart.
 */
export function CartProvider({ children }: { children: ReactNode }) {
  const { region } = useRegion()
  const { customer } = useSession()
  const [cart, setCart] = useState<StoreCartWithCredits | null>(null)
  const previousCustomer = useRef<string | null | undefined>(undefined)

  const forget = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY)
    setCart(null)
  }, [])

  const refresh = useCallback(async () => {
    const id = localStorage.getItem(STORAGE_KEY)
    if (!id) return setCart(null)
    try {
      const { cart } = await sdk.store.cart.retrieve(id, CART_FIELDS)
      if (cart.completed_at) return forget()
      setCart(cart)
    } catch {
      forget()
    }
  }, [forget])

  useEffect(() => {
    void refresh()
  }, [refresh])

  // Sign-in takes the cart along; sign-out leaves it behind.
  useEffect(() => {
    if (customer === undefined) return
    const before = previousCustomer.current
    previousCustomer.current = customer?.id ?? null
    if (before === undefined) return
    if (customer && cart && cart.customer_id !== customer.id) {
      sdk.store.cart.transferCart(cart.id, CART_FIELDS).then(({ cart }) => setCart(cart), forget)
    } else if (!customer && before) {
      forget()
    }
  }, [customer, cart, forget])

  // The cart follows the region picked in the header.
  useEffect(() => {
    if (cart && region && cart.region_id !== region.id) {
      sdk.store.cart
        .update(cart.id, { region_id: region.id }, CART_FIELDS)
        .then(({ cart }) => setCart(cart))
    }
  }, [cart, region])

  const ensureCart = useCallback(async () => {
    if (cart) return cart.id
    const created = await sdk.store.cart.create({ region_id: region?.id })
    localStorage.setItem(STORAGE_KEY, created.cart.id)
    return created.cart.id
  }, [cart, region])

  const addItem = useCallback(
    async (variantId: string, quantity: number) => {
      const id = await ensureCart()
      try {
        const { cart } = await sdk.store.cart.createLineItem(
          id,
          { variant_id: variantId, quantity },
          CART_FIELDS
        )
        setCart(cart)
      } catch (error) {
        await refresh()
        throw error
      }
    },
    [ensureCart, refresh]
  )

  const updateItem = useCallback(
    async (itemId: string, quantity: number) => {
      if (!cart) return
      const { cart: updated } = await sdk.store.cart.updateLineItem(
        cart.id,
        itemId,
        { quantity },
        CART_FIELDS
      )
      setCart(updated)
    },
    [cart]
  )

  const removeItem = useCallback(
    async (itemId: string) => {
      if (!cart) return
      const { parent } = await sdk.store.cart.deleteLineItem(cart.id, itemId, CART_FIELDS)
      if (parent) setCart(parent)
    },
    [cart]
  )

  const applyCode = useCallback(
    async (code: string) => {
      if (!cart) return
      const { cart: updated } = await sdk.store.cart.addPromotions(
        cart.id,
        { promo_codes: [code] },
        CART_FIELDS
      )
      if (!updated.promotions?.some((p) => p.code?.toLowerCase() === code.toLowerCase())) {
        throw new Error(`The code ${code} does not apply to this cart.`)
      }
      setCart(updated)
    },
    [cart]
  )

  const removeCode = useCallback(
    async (code: string) => {
      if (!cart) return
      const { cart: updated } = await sdk.store.cart.removePromotions(
        cart.id,
        { promo_codes: [code] },
        CART_FIELDS
      )
      setCart(updated)
    },
    [cart]
  )

  const applyGiftCard = useCallback(
    async (code: string) => {
      if (!cart) return
      setCart((await giftCards.applyToCart(cart.id, code, CART_FIELDS)).cart)
    },
    [cart]
  )

  const removeGiftCard = useCallback(
    async (code: string) => {
      if (!cart) return
      setCart((await giftCards.removeFromCart(cart.id, code, CART_FIELDS)).cart)
    },
    [cart]
  )

  const applyStoreCredit = useCallback(
    async (amount?: number) => {
      if (!cart) return
      setCart((await storeCredit.applyToCart(cart.id, amount, CART_FIELDS)).cart)
    },
    [cart]
  )

  const itemCount = cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0
  return (
    <CartContext.Provider
      value={{
        cart,
        itemCount,
        addItem,
        updateItem,
        removeItem,
        applyCode,
        removeCode,
        applyGiftCard,
        removeGiftCard,
        applyStoreCredit,
        setCart,
        refresh,
        forget,
      }}
    >
      {children}
    </CartContext.Provider>
  )
}

export function useCart() {
  const value = useContext(CartContext)
  if (!value) throw new Error("useCart needs a CartProvider")
  return value
}
