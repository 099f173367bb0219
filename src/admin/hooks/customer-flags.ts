import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  CUSTOMER_AT_A_GLANCE,
  customerFlagAssignmentsQueryKeys,
  customerFlagsQueryKeys,
  customerGroupsQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  CustomerFlagListParams,
  CustomerFlagListResponse,
  CustomerFlagPayload,
  CustomerFlagResponse,
  DeleteResponse,
  FlagPurchaseRulePayload,
} from "../lib/types"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

export const useCustomerFlags = (
  query?: CustomerFlagListParams,
  options?: QueryOptions<CustomerFlagListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerFlagsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<CustomerFlagListResponse>("/admin/customer-flags", {
        query,
      }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useCustomerFlag = (id: string, options?: QueryOptions<CustomerFlagResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: customerFlagsQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<CustomerFlagResponse>(`/admin/customer-flags/${id}`),
    ...options,
  })
  return { ...data, ...rest }
}

export const useCreateCustomerFlag = (
  options?: MutationOptions<CustomerFlagResponse, CustomerFlagPayload>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<CustomerFlagResponse>("/admin/customer-flags", {
        method: "POST",
        body: payload,
      }),
    [
      customerFlagsQueryKeys.lists(),
      // Each flag is mirrored by a customer group (created, renamed, deleted with it).
      customerGroupsQueryKeys.all,
    ],
    options
  )

export const useUpdateCustomerFlag = (
  id: string,
  options?: MutationOptions<CustomerFlagResponse, Partial<CustomerFlagPayload>>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<CustomerFlagResponse>(`/admin/customer-flags/${id}`, {
        method: "POST",
        body: payload,
      }),
    [
      customerFlagsQueryKeys.lists(),
      customerFlagsQueryKeys.detail(id),
      customerGroupsQueryKeys.all,
      // Assignments embed their flag: its name, icon and colour changed.
      customerFlagAssignmentsQueryKeys.all,
      ...CUSTOMER_AT_A_GLANCE,
    ],
    options
  )

/** Deletes the flag whose id is passed to `mutate`, so one hook serves a whole table. */
export const useDeleteCustomerFlag = (options?: MutationOptions<DeleteResponse, string>) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/customer-flags/${id}`, { method: "DELETE" }),
    onSuccess: (data, id, context) => {
      queryClient.invalidateQueries({ queryKey: customerFlagsQueryKeys.lists() })
      queryClient.removeQueries({ queryKey: customerFlagsQueryKeys.detail(id) })
      queryClient.invalidateQueries({ queryKey: customerGroupsQueryKeys.all })
      // Deleting a flag ends its assignments.
      queryClient.invalidateQueries({
        queryKey: customerFlagAssignmentsQueryKeys.all,
      })
      CUSTOMER_AT_A_GLANCE.forEach((queryKey) => queryClient.invalidateQueries({ queryKey }))
      options?.onSuccess?.(data, id, context)
    },
  })
}

/** The flag changes that show in lists, the flag's page and wherever it is embedded. */
const changedByFlag = (id: string) => [
  customerFlagsQueryKeys.lists(),
  customerFlagsQueryKeys.detail(id),
]

/** Sets the flag's purchase rule (its "Connections"), replacing any it had. */
export const useSaveFlagPurchaseRule = (
  id: string,
  options?: MutationOptions<CustomerFlagResponse, FlagPurchaseRulePayload>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<CustomerFlagResponse>(`/admin/customer-flags/${id}/purchase-rules`, {
        method: "POST",
        body: payload,
      }),
    changedByFlag(id),
    options
  )

/** Removes the flag's purchase rule; customers who have the flag keep it. */
export const useRemoveFlagPurchaseRule = (
  id: string,
  options?: MutationOptions<CustomerFlagResponse, void>
) =>
  useInvalidatingMutation(
    () =>
      sdk.client.fetch<CustomerFlagResponse>(`/admin/customer-flags/${id}/purchase-rules`, {
        method: "DELETE",
      }),
    changedByFlag(id),
    options
  )
