import type { HttpTypes } from "@medusajs/framework/types"
import { useQuery } from "@tanstack/react-query"
import { customersQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { QueryOptions } from "./query-options"

export const useCustomers = (
  query?: HttpTypes.AdminCustomerFilters,
  options?: QueryOptions<HttpTypes.AdminCustomerListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customersQueryKeys.list(query),
    queryFn: () => sdk.admin.customer.list(query),
    ...options,
  })
  return { ...data, ...rest }
}
