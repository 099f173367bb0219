import { useMutation, useQuery } from "@tanstack/react-query"
import { downloadResponse } from "../lib/download"
import {
  customerB2BProfileQueryKeys,
  customerOverviewQueryKeys,
  customerSummaryQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { B2BProfilePayload, B2BProfileResponse, CustomerSummaryResponse } from "../lib/types"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

/** Sales per currency, orders, flags, points and tier, and segments: the top of the customer page. */
export const useCustomerSummary = (
  customerId: string,
  options?: QueryOptions<CustomerSummaryResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerSummaryQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<CustomerSummaryResponse>(`/admin/customers/${customerId}/summary`),
    ...options,
  })
  return { ...data, ...rest }
}

/** The customer's B2B profile, or `b2b_profile: null` when they have none. */
export const useCustomerB2BProfile = (
  customerId: string,
  options?: QueryOptions<B2BProfileResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerB2BProfileQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<B2BProfileResponse>(`/admin/customers/${customerId}/b2b-profile`),
    ...options,
  })
  return { ...data, ...rest }
}

/** Creates or changes the profile; the overview shows its company. */
export const useUpdateCustomerB2BProfile = (
  customerId: string,
  options?: MutationOptions<B2BProfileResponse, B2BProfilePayload>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<B2BProfileResponse>(`/admin/customers/${customerId}/b2b-profile`, {
        method: "POST",
        body: payload,
      }),
    [customerB2BProfileQueryKeys.detail(customerId), customerOverviewQueryKeys.all],
    options
  )

/**
 * Downloads everything the plugin holds on the customer as a JSON file
 * (for a data access request). Through the SDK, so a refusal comes back as
 * an error message rather than a file holding it.
 */
export const useExportCustomerData = (customerId: string, options?: MutationOptions<void, void>) =>
  useMutation({
    ...options,
    mutationFn: async () => {
      const response = await sdk.client.fetch<Response>(
        `/admin/customers/${customerId}/loyalty-data-export`,
        { headers: { accept: "application/octet-stream" } }
      )
      await downloadResponse(response, `customer-${customerId}-data.json`)
    },
  })
