import { useQuery } from "@tanstack/react-query"
import { loyaltyRewardsQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  DeleteResponse,
  LoyaltyRewardListResponse,
  LoyaltyRewardPayload,
  LoyaltyRewardResponse,
} from "../lib/types"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

export const useLoyaltyRewards = (options?: QueryOptions<LoyaltyRewardListResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: loyaltyRewardsQueryKeys.lists(),
    queryFn: () =>
      sdk.client.fetch<LoyaltyRewardListResponse>("/admin/loyalty/rewards", {
        query: { limit: 200 },
      }),
    ...options,
  })
  return { ...data, ...rest }
}

const CHANGED_BY_REWARDS = [loyaltyRewardsQueryKeys.all]

export const useCreateLoyaltyReward = (
  options?: MutationOptions<LoyaltyRewardResponse, LoyaltyRewardPayload>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<LoyaltyRewardResponse>("/admin/loyalty/rewards", {
        method: "POST",
        body: payload,
      }),
    CHANGED_BY_REWARDS,
    options
  )

export const useUpdateLoyaltyReward = (
  id: string,
  options?: MutationOptions<LoyaltyRewardResponse, Partial<LoyaltyRewardPayload>>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<LoyaltyRewardResponse>(`/admin/loyalty/rewards/${id}`, {
        method: "POST",
        body: payload,
      }),
    CHANGED_BY_REWARDS,
    options
  )

export const useDeleteLoyaltyReward = (options?: MutationOptions<DeleteResponse, string>) =>
  useInvalidatingMutation(
    (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/loyalty/rewards/${id}`, {
        method: "DELETE",
      }),
    CHANGED_BY_REWARDS,
    options
  )
