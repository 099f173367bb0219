import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  LoyaltyMessageKind,
  LoyaltyMessagePreview,
  LoyaltyMessagesResponse,
  SaveLoyaltyMessagesPayload,
  SentLoyaltyMessage,
} from "../lib/loyalty-message-types"
import { loyaltyMessagesQueryKeys, sentLoyaltyMessagesQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { MutationOptions, QueryOptions } from "./query-options"

export const useLoyaltyMessages = (options?: QueryOptions<LoyaltyMessagesResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: loyaltyMessagesQueryKeys.all,
    queryFn: () => sdk.client.fetch<LoyaltyMessagesResponse>("/admin/loyalty/messages"),
    ...options,
  })
  return { ...data, ...rest }
}

export const useSaveLoyaltyMessages = (
  options?: MutationOptions<LoyaltyMessagesResponse, SaveLoyaltyMessagesPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<LoyaltyMessagesResponse>("/admin/loyalty/messages", {
        method: "POST",
        body: payload,
      }),
    onSuccess: (data, variables, context) => {
      queryClient.setQueryData(loyaltyMessagesQueryKeys.all, data)
      options?.onSuccess?.(data, variables, context)
    },
  })
}

/** The template rendered with the member's values; disabled until both are there. */
export const useLoyaltyMessagePreview = (
  template: { subject: string; body: string },
  customerId: string | null,
  kind: LoyaltyMessageKind,
  locale: string,
  options?: QueryOptions<LoyaltyMessagePreview>
) =>
  useQuery({
    queryKey: loyaltyMessagesQueryKeys.detail("preview", { template, customerId, kind, locale }),
    queryFn: () =>
      sdk.client.fetch<LoyaltyMessagePreview>("/admin/loyalty/messages/preview", {
        method: "POST",
        body: { template, customer_id: customerId, kind, locale },
      }),
    enabled: !!customerId && !!template.subject.trim() && !!template.body.trim(),
    retry: false,
    ...options,
  })

export const useSentLoyaltyMessages = (
  customerId: string,
  options?: QueryOptions<{ messages: SentLoyaltyMessage[] }>
) => {
  const { data, ...rest } = useQuery({
    queryKey: sentLoyaltyMessagesQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<{ messages: SentLoyaltyMessage[] }>(
        `/admin/customers/${customerId}/loyalty/messages`
      ),
    ...options,
  })
  return { ...data, ...rest }
}
