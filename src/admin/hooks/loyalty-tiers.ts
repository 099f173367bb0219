import { useQuery } from "@tanstack/react-query"
import { customerLoyaltyQueryKeys, loyaltyTiersQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  DeleteResponse,
  LoyaltyTierListResponse,
  LoyaltyTierPayload,
  LoyaltyTierResponse,
} from "../lib/types"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

export const useLoyaltyTiers = (options?: QueryOptions<LoyaltyTierListResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: loyaltyTiersQueryKeys.lists(),
    queryFn: () => sdk.client.fetch<LoyaltyTierListResponse>("/admin/loyalty/tiers"),
    ...options,
  })
  return { ...data, ...rest }
}

/** Members' tiers and "points to the next tier" follow the tiers. */
const CHANGED_BY_TIERS = [loyaltyTiersQueryKeys.all, customerLoyaltyQueryKeys.all]

export const useCreateLoyaltyTier = (
  options?: MutationOptions<LoyaltyTierResponse, LoyaltyTierPayload>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<LoyaltyTierResponse>("/admin/loyalty/tiers", {
        method: "POST",
        body: payload,
      }),
    CHANGED_BY_TIERS,
    options
  )

export const useUpdateLoyaltyTier = (
  id: string,
  options?: MutationOptions<LoyaltyTierResponse, Partial<LoyaltyTierPayload>>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<LoyaltyTierResponse>(`/admin/loyalty/tiers/${id}`, {
        method: "POST",
        body: payload,
      }),
    CHANGED_BY_TIERS,
    options
  )

export const useDeleteLoyaltyTier = (options?: MutationOptions<DeleteResponse, string>) =>
  useInvalidatingMutation(
    (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/loyalty/tiers/${id}`, {
        method: "DELETE",
      }),
    CHANGED_BY_TIERS,
    options
  )
