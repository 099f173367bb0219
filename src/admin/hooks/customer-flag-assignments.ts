import { FetchError } from "@medusajs/js-sdk"
import {
  QueryKey,
  UseMutationOptions,
  UseQueryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import {
  customerFlagAssignmentsQueryKeys,
  customerGroupsQueryKeys,
  customersQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  AssignCustomerFlagPayload,
  CustomerFlagAssignmentResponse,
  CustomerFlagAssignmentsResponse,
  CustomerFlagDeleteResponse,
} from "../lib/types"

export const useCustomerFlagAssignments = (
  customerId: string,
  options?: Omit<
    UseQueryOptions<
      CustomerFlagAssignmentsResponse,
      FetchError,
      CustomerFlagAssignmentsResponse,
      QueryKey
    >,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerFlagAssignmentsQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<CustomerFlagAssignmentsResponse>(
        `/admin/customers/${customerId}/flags`
      ),
    ...options,
  })
  return { ...data, ...rest }
}

/**
 * A flag is mirrored by a customer group, so giving or taking one also
 * changes the customer's groups shown elsewhere on the page.
 */
const useInvalidateCustomerFlags = (customerId: string) => {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({
      queryKey: customerFlagAssignmentsQueryKeys.detail(customerId),
    })
    queryClient.invalidateQueries({ queryKey: customersQueryKeys.all })
    queryClient.invalidateQueries({ queryKey: customerGroupsQueryKeys.all })
  }
}

export const useAddCustomerFlag = (
  customerId: string,
  options?: UseMutationOptions<
    CustomerFlagAssignmentResponse,
    FetchError,
    AssignCustomerFlagPayload
  >
) => {
  const invalidate = useInvalidateCustomerFlags(customerId)
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<CustomerFlagAssignmentResponse>(
        `/admin/customers/${customerId}/flags`,
        { method: "POST", body: payload }
      ),
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useRemoveCustomerFlag = (
  customerId: string,
  options?: UseMutationOptions<CustomerFlagDeleteResponse, FetchError, string>
) => {
  const invalidate = useInvalidateCustomerFlags(customerId)
  return useMutation({
    ...options,
    mutationFn: (flagId) =>
      sdk.client.fetch<CustomerFlagDeleteResponse>(
        `/admin/customers/${customerId}/flags/${flagId}`,
        { method: "DELETE" }
      ),
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}
