import { useQuery } from "@tanstack/react-query"
import {
  CUSTOMER_AT_A_GLANCE,
  customerLoyaltyEntriesQueryKeys,
  customerLoyaltyQueryKeys,
  loyaltyEntriesQueryKeys,
  loyaltyWeeklyQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  AdjustPointsPayload,
  AdjustPointsResponse,
  CustomerLoyaltyEntriesResponse,
  CustomerLoyaltyResponse,
  LoyaltyAccountResponse,
  LoyaltyEntryListParams,
  RemoveLoyaltyMemberResponse,
} from "../lib/types"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

/** The customer's membership, or `loyalty_account: null` when they have none. */
export const useCustomerLoyalty = (
  customerId: string,
  options?: QueryOptions<CustomerLoyaltyResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerLoyaltyQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<CustomerLoyaltyResponse>(`/admin/customers/${customerId}/loyalty`),
    ...options,
  })
  return { ...data, ...rest }
}

/** A page of the history of the customer's membership, newest first. */
export const useCustomerLoyaltyEntries = (
  customerId: string,
  query: LoyaltyEntryListParams,
  options?: QueryOptions<CustomerLoyaltyEntriesResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerLoyaltyEntriesQueryKeys.detail(customerId, query),
    queryFn: () =>
      sdk.client.fetch<CustomerLoyaltyEntriesResponse>(
        `/admin/customers/${customerId}/loyalty/entries`,
        { query }
      ),
    ...options,
  })
  return { ...data, ...rest }
}

/**
 * A change to any membership moves balances, histories and the report: a
 * household shares one account, so more than one customer page may show it.
 */
export const CHANGED_BY_LEDGER = [
  customerLoyaltyQueryKeys.all,
  customerLoyaltyEntriesQueryKeys.all,
  loyaltyEntriesQueryKeys.all,
  loyaltyWeeklyQueryKeys.all,
  ...CUSTOMER_AT_A_GLANCE,
]

export type AdjustCustomerPointsVariables = AdjustPointsPayload & {
  customerId: string
  /** The same key for a retried submission: the server then posts it once. */
  idempotencyKey?: string
}

/** Adds or takes points; the customer is part of the variables so the report can pick one. */
export const useAdjustLoyaltyPoints = (
  options?: MutationOptions<AdjustPointsResponse, AdjustCustomerPointsVariables>
) =>
  useInvalidatingMutation(
    ({ customerId, idempotencyKey, ...payload }) =>
      sdk.client.fetch<AdjustPointsResponse>(`/admin/customers/${customerId}/loyalty/adjustments`, {
        method: "POST",
        body: payload,
        headers: idempotencyKey ? { "Idempotency-Key": idempotencyKey } : undefined,
      }),
    CHANGED_BY_LEDGER,
    options
  )

/** Adds the customer whose id is passed to `mutate` to the membership. */
export const useAddLoyaltyMember = (
  accountId: string,
  options?: MutationOptions<LoyaltyAccountResponse, string>
) =>
  useInvalidatingMutation(
    (customerId) =>
      sdk.client.fetch<LoyaltyAccountResponse>(`/admin/loyalty/accounts/${accountId}/members`, {
        method: "POST",
        body: { customer_id: customerId },
      }),
    CHANGED_BY_LEDGER,
    options
  )

/** Closes the membership with the reason passed to `mutate`. */
export const useCloseLoyaltyAccount = (
  accountId: string,
  options?: MutationOptions<LoyaltyAccountResponse, string>
) =>
  useInvalidatingMutation(
    (reason) =>
      sdk.client.fetch<LoyaltyAccountResponse>(`/admin/loyalty/accounts/${accountId}/close`, {
        method: "POST",
        body: { reason },
      }),
    CHANGED_BY_LEDGER,
    options
  )

/** Takes the customer whose id is passed to `mutate` out of the membership. */
export const useRemoveLoyaltyMember = (
  accountId: string,
  options?: MutationOptions<RemoveLoyaltyMemberResponse, string>
) =>
  useInvalidatingMutation(
    (customerId) =>
      sdk.client.fetch<RemoveLoyaltyMemberResponse>(
        `/admin/loyalty/accounts/${accountId}/members/${customerId}`,
        { method: "DELETE" }
      ),
    CHANGED_BY_LEDGER,
    options
  )

/** Sets the membership's identifier (a card number, a barcode); null clears it. */
export const useSetLoyaltyIdentifier = (
  accountId: string,
  options?: MutationOptions<LoyaltyAccountResponse, string | null>
) =>
  useInvalidatingMutation(
    (identifier) =>
      sdk.client.fetch<LoyaltyAccountResponse>(`/admin/loyalty/accounts/${accountId}`, {
        method: "POST",
        body: { identifier },
      }),
    CHANGED_BY_LEDGER,
    options
  )
