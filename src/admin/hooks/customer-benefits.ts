import { useQuery } from "@tanstack/react-query"
import { customerBenefitsQueryKeys, customerRedemptionsQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  CustomerBenefitsResponse,
  CustomerRedemptionsResponse,
  StaffRedemptionResponse,
} from "../lib/types"
import { CHANGED_BY_LEDGER } from "./customer-loyalty"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

/** What the customer may use now: benefits with what remains, and rewards. */
export const useCustomerBenefits = (
  customerId: string,
  options?: QueryOptions<CustomerBenefitsResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerBenefitsQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<CustomerBenefitsResponse>(`/admin/customers/${customerId}/benefits`),
    ...options,
  })
  return { ...data, ...rest }
}

/** The customer's latest redemptions, with their codes and states. */
export const useCustomerRedemptions = (
  customerId: string,
  query: { limit: number },
  options?: QueryOptions<CustomerRedemptionsResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerRedemptionsQueryKeys.detail(customerId, query),
    queryFn: () =>
      sdk.client.fetch<CustomerRedemptionsResponse>(
        `/admin/customers/${customerId}/loyalty/redemptions`,
        { query }
      ),
    ...options,
  })
  return { ...data, ...rest }
}

/** Redeems a reward for the customer, as the signed-in admin user. */
export const useRedeemRewardForCustomer = (
  customerId: string,
  options?: MutationOptions<StaffRedemptionResponse, { reward_id: string }>
) =>
  useInvalidatingMutation(
    (body) =>
      sdk.client.fetch<StaffRedemptionResponse>(
        `/admin/customers/${customerId}/loyalty/redemptions`,
        { method: "POST", body }
      ),
    [
      customerBenefitsQueryKeys.all,
      customerRedemptionsQueryKeys.detail(customerId),
      ...CHANGED_BY_LEDGER,
    ],
    options
  )
