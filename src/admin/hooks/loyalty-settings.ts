import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { loyaltySettingsQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { LoyaltySettings, LoyaltySettingsResponse } from "../lib/types"
import { MutationOptions, QueryOptions } from "./query-options"

export const useLoyaltySettings = (options?: QueryOptions<LoyaltySettingsResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: loyaltySettingsQueryKeys.all,
    queryFn: () => sdk.client.fetch<LoyaltySettingsResponse>("/admin/loyalty/settings"),
    ...options,
  })
  return { ...data, ...rest }
}

export const useUpdateLoyaltySettings = (
  options?: MutationOptions<LoyaltySettingsResponse, Partial<LoyaltySettings>>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<LoyaltySettingsResponse>("/admin/loyalty/settings", {
        method: "POST",
        body: payload,
      }),
    onSuccess: (data, variables, context) => {
      queryClient.setQueryData(loyaltySettingsQueryKeys.all, data)
      options?.onSuccess?.(data, variables, context)
    },
  })
}
