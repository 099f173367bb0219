import { FetchError } from "@medusajs/js-sdk"
import {
  UseMutationOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { loyaltyRewardsQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  DeleteResponse,
  LoyaltyRewardListResponse,
  LoyaltyRewardPayload,
  LoyaltyRewardResponse,
} from "../lib/types"
import { QueryOptions } from "./query-options"

export const useLoyaltyRewards = (
  options?: QueryOptions<LoyaltyRewardListResponse>
) => {
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

const useInvalidateRewards = () => {
  const queryClient = useQueryClient()
  return () =>
    queryClient.invalidateQueries({ queryKey: loyaltyRewardsQueryKeys.all })
}

export const useCreateLoyaltyReward = (
  options?: UseMutationOptions<
    LoyaltyRewardResponse,
    FetchError,
    LoyaltyRewardPayload
  >
) => {
  const invalidate = useInvalidateRewards()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<LoyaltyRewardResponse>("/admin/loyalty/rewards", {
        method: "POST",
        body: payload,
      }),
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateLoyaltyReward = (
  id: string,
  options?: UseMutationOptions<
    LoyaltyRewardResponse,
    FetchError,
    Partial<LoyaltyRewardPayload>
  >
) => {
  const invalidate = useInvalidateRewards()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<LoyaltyRewardResponse>(`/admin/loyalty/rewards/${id}`, {
        method: "POST",
        body: payload,
      }),
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteLoyaltyReward = (
  options?: UseMutationOptions<DeleteResponse, FetchError, string>
) => {
  const invalidate = useInvalidateRewards()
  return useMutation({
    ...options,
    mutationFn: (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/loyalty/rewards/${id}`, {
        method: "DELETE",
      }),
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}
