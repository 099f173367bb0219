import type { HttpTypes } from "@medusajs/types"
import type { StoreLoyaltyAccount } from "medusa-plugin-customer-loyalty/client"
import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react"
import { isUnauthorized, loyalty, sdk, TOKEN_KEY } from "./medusa"

export type SignUp = { first_name: string; last_name: string; email: string; password: string }

type SessionValue = {
  /** Undefined while the stored token is being checked. */
  customer: HttpTypes.StoreCustomer | null | undefined
  /** The customer's membership (null before their first points), for the header and the cart. */
  membership: StoreLoyaltyAccount | null
  refreshMembership: () => Promise<void>
  signIn: (email: string, password: string) => Promise<HttpTypes.StoreCustomer>
  signUp: (details: SignUp) => Promise<HttpTypes.StoreCustomer>
  signOut: () => Promise<void>
}

const SessionContext = createContext<SessionValue | null>(null)

/** The signed-in customer, Medusa's emailpass login for customers. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [customer, setCustomer] = useState<HttpTypes.StoreCustomer | null>()
  const [membership, setMembership] = useState<StoreLoyaltyAccount | null>(null)
  // Counts sign-outs, so an answer asked for before one (the stored session
  // still loading when the shopper signs out) cannot sign them in again.
  const signOuts = useRef(0)

  const refreshMembership = useCallback(async () => {
    const asked = signOuts.current
    const { loyalty_account } = await loyalty.getAccount()
    if (asked === signOuts.current) setMembership(loyalty_account)
  }, [])

  const loadCustomer = useCallback(async () => {
    const asked = signOuts.current
    const { customer } = await sdk.store.customer.retrieve({ fields: "*addresses" })
    if (asked !== signOuts.current) return customer
    setCustomer(customer)
    await refreshMembership().catch(() => setMembership(null))
    return customer
  }, [refreshMembership])

  useEffect(() => {
    if (!localStorage.getItem(TOKEN_KEY)) {
      setCustomer(null)
      return
    }
    loadCustomer().catch(async (error) => {
      // An expired token is dropped; after a network error a reload tries it again.
      if (isUnauthorized(error)) await sdk.auth.logout()
      setCustomer(null)
    })
  }, [loadCustomer])

  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = await sdk.auth.login("customer", "emailpass", { email, password })
      if (typeof result !== "string") {
        throw new Error("This account needs another way to sign in.")
      }
      return loadCustomer()
    },
    [loadCustomer]
  )

  const signUp = useCallback(
    async ({ first_name, last_name, email, password }: SignUp) => {
      // The registration token may only create the customer; signing in
      // afterwards gives a token for that customer.
      await sdk.auth.register("customer", "emailpass", { email, password })
      await sdk.store.customer.create({ email, first_name, last_name })
      return signIn(email, password)
    },
    [signIn]
  )

  const signOut = useCallback(async () => {
    signOuts.current++
    await sdk.auth.logout()
    setCustomer(null)
    setMembership(null)
  }, [])

  return (
    <SessionContext.Provider
      value={{ customer, membership, refreshMembership, signIn, signUp, signOut }}
    >
      {children}
    </SessionContext.Provider>
  )
}

export function useSession() {
  const value = useContext(SessionContext)
  if (!value) throw new Error("useSession needs a SessionProvider")
  return value
}
