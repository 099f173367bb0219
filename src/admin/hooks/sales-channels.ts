import type { HttpTypes } from "@medusajs/framework/types"
import { useQuery } from "@tanstack/react-query"
import { salesChannelsQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { QueryOptions } from "./query-options"

export const useSalesChannels = (
  query?: HttpTypes.AdminSalesChannelListParams,
  options?: QueryOptions<HttpTypes.AdminSalesChannelListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: salesChannelsQueryKeys.list(query),
    queryFn: () => sdk.admin.salesChannel.list(query),
    ...options,
  })
  return { ...data, ...rest }
}
