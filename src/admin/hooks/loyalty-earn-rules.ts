import { useQuery } from "@tanstack/react-query"
import { loyaltyEarnRulesQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  DeleteResponse,
  LoyaltyEarnRuleListResponse,
  LoyaltyEarnRulePayload,
  LoyaltyEarnRuleResponse,
} from "../lib/types"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

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
      sdk.client.fetch<LoyaltyEarnRuleListResponse>("/admin/loyalty/earn-rules", { query }),
    ...options,
  })
  return { ...data, ...rest }
}

const CHANGED_BY_EARN_RULES = [loyaltyEarnRulesQueryKeys.all]

export const useCreateLoyaltyEarnRule = (
  options?: MutationOptions<LoyaltyEarnRuleResponse, LoyaltyEarnRulePayload>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<LoyaltyEarnRuleResponse>("/admin/loyalty/earn-rules", {
        method: "POST",
        body: payload,
      }),
    CHANGED_BY_EARN_RULES,
    options
  )

export const useUpdateLoyaltyEarnRule = (
  id: string,
  options?: MutationOptions<LoyaltyEarnRuleResponse, Partial<LoyaltyEarnRulePayload>>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<LoyaltyEarnRuleResponse>(`/admin/loyalty/earn-rules/${id}`, {
        method: "POST",
        body: payload,
      }),
    CHANGED_BY_EARN_RULES,
    options
  )

/** Deletes the rule whose id is passed to `mutate`, so one hook serves a whole table. */
export const useDeleteLoyaltyEarnRule = (options?: MutationOptions<DeleteResponse, string>) =>
  useInvalidatingMutation(
    (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/loyalty/earn-rules/${id}`, {
        method: "DELETE",
      }),
    CHANGED_BY_EARN_RULES,
    options
  )
