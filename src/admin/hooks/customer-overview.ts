import { useMutation, useQuery } from "@tanstack/react-query"
import { downloadResponse, EXPORT_ACCEPT } from "../lib/download"
import { customerOverviewQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { CustomerOverviewResponse, ExportFormat } from "../lib/types"
import { MutationOptions, QueryOptions } from "./query-options"

/**
 * A page of the customer overview. `query` is the API's query string as
 * `overviewQuery` builds it (`flag_id` repeated, as the API reads it).
 */
export const useCustomerOverview = (
  query: URLSearchParams,
  options?: QueryOptions<CustomerOverviewResponse>
) => {
  const search = query.toString()
  const { data, ...rest } = useQuery({
    queryKey: customerOverviewQueryKeys.list(search),
    queryFn: () => sdk.client.fetch<CustomerOverviewResponse>(`/admin/customer-overview?${search}`),
    ...options,
  })
  return { ...data, ...rest }
}

/**
 * Downloads the customers of a query as CSV or Excel, named as the server
 * names it. Through the SDK, so the session and backend URL are the
 * dashboard's and a refused filter comes back as an error message instead
 * of a broken file.
 */
export const useExportCustomerOverview = (
  options?: MutationOptions<void, { query: URLSearchParams; format: ExportFormat }>
) =>
  useMutation({
    ...options,
    mutationFn: async ({ query, format }) => {
      const params = new URLSearchParams(query)
      params.set("format", format)
      const response = await sdk.client.fetch<Response>(
        `/admin/customer-overview/export?${params.toString()}`,
        { headers: { accept: EXPORT_ACCEPT[format] } }
      )
      await downloadResponse(response, `customers.${format}`)
    },
  })
