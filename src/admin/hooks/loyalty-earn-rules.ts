import { FetchError } from "@medusajs/js-sdk"
import {
  UseMutationOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { loyaltyEarnRulesQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  DeleteResponse,
  LoyaltyEarnRuleListResponse,
  LoyaltyEarnRulePayload,
  LoyaltyEarnRuleResponse,
} from "../lib/types"
import { QueryOptions } from "./query-options"

export type LoyaltyEarnRuleListParams = {
  q?: string
  limit?: number
  offset?: number
  order?: string
}

export const useLoyaltyEarnRules = (
  query?: LoyaltyEarnRuleListParams,
  options?: QueryOptions<LoyaltyEarnRuleListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: loyaltyEarnRulesQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<LoyaltyEarnRuleListResponse>(
        "/admin/loyalty/earn-rules",
        { query }
      ),
    ...options,
  })
  return { ...data, ...rest }
}

const useInvalidateEarnRules = () => {
  const queryClient = useQueryClient()
  return () =>
    queryClient.invalidateQueries({ queryKey: loyaltyEarnRulesQueryKeys.all })
}

export const useCreateLoyaltyEarnRule = (
  options?: UseMutationOptions<
    LoyaltyEarnRuleResponse,
    FetchError,
    LoyaltyEarnRulePayload
  >
) => {
  const invalidate = useInvalidateEarnRules()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<LoyaltyEarnRuleResponse>("/admin/loyalty/earn-rules", {
        method: "POST",
        body: payload,
      }),
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateLoyaltyEarnRule = (
  id: string,
  options?: UseMutationOptions<
    LoyaltyEarnRuleResponse,
    FetchError,
    Partial<LoyaltyEarnRulePayload>
  >
) => {
  const invalidate = useInvalidateEarnRules()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<LoyaltyEarnRuleResponse>(
        `/admin/loyalty/earn-rules/${id}`,
        { method: "POST", body: payload }
      ),
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Deletes the rule whose id is passed to `mutate`, so one hook serves a whole table. */
export const useDeleteLoyaltyEarnRule = (
  options?: UseMutationOptions<DeleteResponse, FetchError, string>
) => {
  const invalidate = useInvalidateEarnRules()
  return useMutation({
    ...options,
    mutationFn: (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/loyalty/earn-rules/${id}`, {
        method: "DELETE",
      }),
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}
