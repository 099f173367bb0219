import { FetchError } from "@medusajs/js-sdk"
import {
  UseMutationOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import {
  customerLoyaltyQueryKeys,
  loyaltyTiersQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  DeleteResponse,
  LoyaltyTierListResponse,
  LoyaltyTierPayload,
  LoyaltyTierResponse,
} from "../lib/types"
import { QueryOptions } from "./query-options"

export const useLoyaltyTiers = (options?: QueryOptions<LoyaltyTierListResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: loyaltyTiersQueryKeys.lists(),
    queryFn: () =>
      sdk.client.fetch<LoyaltyTierListResponse>("/admin/loyalty/tiers"),
    ...options,
  })
  return { ...data, ...rest }
}

/** Members' tiers and "points to the next tier" follow the tiers. */
const useInvalidateTiers = () => {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: loyaltyTiersQueryKeys.all })
    queryClient.invalidateQueries({ queryKey: customerLoyaltyQueryKeys.all })
  }
}

export const useCreateLoyaltyTier = (
  options?: UseMutationOptions<LoyaltyTierResponse, FetchError, LoyaltyTierPayload>
) => {
  const invalidate = useInvalidateTiers()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<LoyaltyTierResponse>("/admin/loyalty/tiers", {
        method: "POST",
        body: payload,
      }),
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateLoyaltyTier = (
  id: string,
  options?: UseMutationOptions<
    LoyaltyTierResponse,
    FetchError,
    Partial<LoyaltyTierPayload>
  >
) => {
  const invalidate = useInvalidateTiers()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<LoyaltyTierResponse>(`/admin/loyalty/tiers/${id}`, {
        method: "POST",
        body: payload,
      }),
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteLoyaltyTier = (
  options?: UseMutationOptions<DeleteResponse, FetchError, string>
) => {
  const invalidate = useInvalidateTiers()
  return useMutation({
    ...options,
    mutationFn: (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/loyalty/tiers/${id}`, {
        method: "DELETE",
      }),
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}
