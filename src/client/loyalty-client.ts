import type Medusa from "@medusajs/js-sdk"
import type {
  StoreCartLoyaltyResponse,
  StoreLoyaltyAccountResponse,
  StoreLoyaltyEntriesQuery,
  StoreLoyaltyEntriesResponse,
  StoreLoyaltyPreviewQuery,
  StoreLoyaltyPreviewResponse,
  StoreLoyaltyRedemptionResponse,
  StoreLoyaltyRedemptionsQuery,
  StoreLoyaltyRedemptionsResponse,
  StoreLoyaltyRewardsResponse,
  StoreOffersResponse,
} from "./types"

/**
 * Typed calls to the plugin's store routes through a Medusa JS SDK
 * instance, so they carry its publishable key and the customer's session
 * or token. Errors are the SDK's `FetchError` (with `status`).
 *
 * @example
 * const sdk = new Medusa({ baseUrl, publishableKey, auth: { type: "session" } })
 * const loyalty = createLoyaltyClient(sdk)
 * const { preview } = await loyalty.preview({ variant_id, region_id })
 */
export function createLoyaltyClient(sdk: Medusa) {
  const get = <T>(path: string, query?: Record<string, unknown>) =>
    sdk.client.fetch<T>(path, { method: "GET", query })

  return {
    /** The logged-in customer's membership, or `null` before they have one. */
    getAccount: () => get<StoreLoyaltyAccountResponse>("/store/customers/me/loyalty"),

    /**
     * A page of the membership's history, newest first; pass the answer's
     * `next_cursor` as `cursor` for the next page.
     */
    listEntries: (query: StoreLoyaltyEntriesQuery = {}) =>
      get<StoreLoyaltyEntriesResponse>(
        "/store/customers/me/loyalty/entries",
        withoutUndefined({
          limit: query.limit,
          offset: query.offset,
          cursor: query.cursor,
          type: Array.isArray(query.type) ? query.type.join(",") : query.type,
        })
      ),

    /** The rewards on offer (no login needed). */
    listRewards: () => get<StoreLoyaltyRewardsResponse>("/store/loyalty/rewards"),

    /** Spends points on a reward; a 409 `FetchError` when they do not suffice. */
    redeem: (reward_id: string) =>
      sdk.client.fetch<StoreLoyaltyRedemptionResponse>("/store/customers/me/loyalty/redemptions", {
        method: "POST",
        body: { reward_id },
      }),

    /** The logged-in customer's own redemptions, newest first, with codes and what is left. */
    listRedemptions: (query: StoreLoyaltyRedemptionsQuery = {}) =>
      get<StoreLoyaltyRedemptionsResponse>(
        "/store/customers/me/loyalty/redemptions",
        withoutUndefined({ limit: query.limit, offset: query.offset })
      ),

    /** The logged-in customer's benefits now. */
    listOffers: () => get<StoreOffersResponse>("/store/customers/me/offers"),

    /** The points buying a variant would earn (with the customer's tier when logged in). */
    preview: (query: StoreLoyaltyPreviewQuery) =>
      get<StoreLoyaltyPreviewResponse>("/store/loyalty/preview", withoutUndefined({ ...query })),

    /** The points a cart will earn and the rewards its customer can afford. */
    cartPoints: (cart_id: string) =>
      get<StoreCartLoyaltyResponse>(`/store/carts/${encodeURIComponent(cart_id)}/loyalty`),
  }
}

export type LoyaltyClient = ReturnType<typeof createLoyaltyClient>

function withoutUndefined(query: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined))
}
