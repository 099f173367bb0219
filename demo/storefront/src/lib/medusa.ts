import Medusa, { FetchError } from "@medusajs/js-sdk"
import { createLoyaltyClient } from "medusa-plugin-customer-loyalty/client"

/**
 * One SDK for the whole shop: Medusa's store routes (products, carts,
 * checkout, customer) and, through the plugin's client, the loyalty routes.
 * The customer's token is kept in localStorage, so a reload stays signed in.
 */
export const TOKEN_KEY = "nordscen_auth_token"

export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_MEDUSA_BACKEND_URL ?? "http://localhost:9000",
  publishableKey: import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY,
  auth: { type: "jwt", jwtTokenStorageMethod: "local", jwtTokenStorageKey: TOKEN_KEY },
})

export const loyalty = createLoyaltyClient(sdk)

/** The message to show a shopper for a failed call (the server's own words for a 4xx). */
export function errorMessage(error: unknown): string {
  if (error instanceof FetchError && error.status === 401) {
    return "Please sign in again."
  }
  if (error instanceof FetchError && error.status && error.status < 500 && error.message) {
    return error.message
  }
  if (error instanceof Error && !(error instanceof FetchError) && !(error instanceof TypeError)) {
    return error.message
  }
  return "Something went wrong on our side. Please try again."
}

export function isUnauthorized(error: unknown) {
  return error instanceof FetchError && error.status === 401
}
