import { useQuery } from "@tanstack/react-query"
import {
  CUSTOMER_AT_A_GLANCE,
  customerBenefitsQueryKeys,
  customerFlagAssignmentsQueryKeys,
  customerGroupsQueryKeys,
  customersQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  AssignCustomerFlagPayload,
  CustomerFlagAssignmentResponse,
  CustomerFlagAssignmentsResponse,
  DeleteResponse,
} from "../lib/types"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

export const useCustomerFlagAssignments = (
  customerId: string,
  options?: QueryOptions<CustomerFlagAssignmentsResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerFlagAssignmentsQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<CustomerFlagAssignmentsResponse>(`/admin/customers/${customerId}/flags`),
    ...options,
  })
  return { ...data, ...rest }
}

/**
 * A flag is mirrored by a customer group, so giving or taking one also
 * changes the customer's groups shown elsewhere on the page (Medusa's
 * groups card reads `customer_groups`), the customer lists, and the
 * benefits the flag gives. Not the customer's own detail: the dashboard's
 * page and its breadcrumb share that key with different fields, and a
 * refetch by the breadcrumb drops the addresses the page asked for.
 */
const changedByAssignments = (customerId: string) => [
  customerFlagAssignmentsQueryKeys.detail(customerId),
  customerBenefitsQueryKeys.detail(customerId),
  customersQueryKeys.lists(),
  customerGroupsQueryKeys.all,
  ...CUSTOMER_AT_A_GLANCE,
]

export const useAddCustomerFlag = (
  customerId: string,
  options?: MutationOptions<CustomerFlagAssignmentResponse, AssignCustomerFlagPayload>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<CustomerFlagAssignmentResponse>(`/admin/customers/${customerId}/flags`, {
        method: "POST",
        body: payload,
      }),
    changedByAssignments(customerId),
    options
  )

export const useRemoveCustomerFlag = (
  customerId: string,
  options?: MutationOptions<DeleteResponse, string>
) =>
  useInvalidatingMutation(
    (flagId) =>
      sdk.client.fetch<DeleteResponse>(`/admin/customers/${customerId}/flags/${flagId}`, {
        method: "DELETE",
      }),
    changedByAssignments(customerId),
    options
  )
