import { useMutation, useQuery } from "@tanstack/react-query"
import { downloadResponse, EXPORT_ACCEPT } from "../lib/download"
import { loyaltyEntriesQueryKeys, loyaltyWeeklyQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  ExportFormat,
  LoyaltyReportFilters,
  LoyaltyReportResponse,
  LoyaltyReportTotalsResponse,
  LoyaltyWeeklyResponse,
} from "../lib/types"
import { MutationOptions, QueryOptions } from "./query-options"

type LoyaltyReportQuery = LoyaltyReportFilters & {
  limit?: number
  offset?: number
  cursor?: string
}

/** A page of entries across all members (the count and totals come apart). */
export const useLoyaltyEntries = (
  query: LoyaltyReportQuery,
  options?: QueryOptions<LoyaltyReportResponse>
) => {
  const params = { ...query, with_totals: false }
  const { data, ...rest } = useQuery({
    queryKey: loyaltyEntriesQueryKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<LoyaltyReportResponse>("/admin/loyalty/entries", {
        query: params,
      }),
    ...options,
  })
  return { ...data, ...rest }
}

/**
 * The count and totals of the whole filter, asked for apart from the page
 * so the entries show without waiting for them.
 */
export const useLoyaltyEntriesTotals = (
  filters: LoyaltyReportFilters,
  options?: QueryOptions<LoyaltyReportTotalsResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: [...loyaltyEntriesQueryKeys.all, "totals", filters],
    queryFn: () =>
      sdk.client.fetch<LoyaltyReportTotalsResponse>("/admin/loyalty/entries/totals", {
        query: filters,
      }),
    ...options,
  })
  return { ...data, ...rest }
}

/** Points per week between two dates, under the report's other filters. */
export const useLoyaltyWeekly = (
  query: LoyaltyReportFilters,
  options?: QueryOptions<LoyaltyWeeklyResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: loyaltyWeeklyQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<LoyaltyWeeklyResponse>("/admin/loyalty/weekly", {
        query,
      }),
    ...options,
  })
  return { ...data, ...rest }
}

/**
 * Downloads the entries of the filter as CSV or Excel. It goes through the
 * SDK, so the session cookie and the backend URL are the dashboard's own
 * and a refused filter comes back as an error message instead of a broken
 * file.
 */
export const useExportLoyaltyEntries = (
  options?: MutationOptions<void, { filters: LoyaltyReportFilters; format: ExportFormat }>
) =>
  useMutation({
    ...options,
    mutationFn: async ({ filters, format }) => {
      const response = await sdk.client.fetch<Response>("/admin/loyalty/entries/export", {
        query: { ...filters, format },
        headers: { accept: EXPORT_ACCEPT[format] },
      })
      await downloadResponse(response, `loyalty-points.${format}`)
    },
  })
