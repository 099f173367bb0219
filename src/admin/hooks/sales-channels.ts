import type { HttpTypes } from "@medusajs/framework/types"
import { FetchError } from "@medusajs/js-sdk"
import { QueryKey, UseQueryOptions, useQuery } from "@tanstack/react-query"
import { salesChannelsQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

export const useSalesChannels = (
  query?: HttpTypes.AdminSalesChannelListParams,
  options?: Omit<
    UseQueryOptions<
      HttpTypes.AdminSalesChannelListResponse,
      FetchError,
      HttpTypes.AdminSalesChannelListResponse,
      QueryKey
    >,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: salesChannelsQueryKeys.list(query),
    queryFn: () => sdk.admin.salesChannel.list(query),
    ...options,
  })
  return { ...data, ...rest }
}
