import { useMutation, useQuery } from "@tanstack/react-query"
import { downloadResponse, EXPORT_ACCEPT } from "../lib/download"
import {
  loyaltyEntriesQueryKeys,
  loyaltyWeeklyQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  ExportFormat,
  LoyaltyReportFilters,
  LoyaltyReportResponse,
  LoyaltyWeeklyResponse,
} from "../lib/types"
import { MutationOptions, QueryOptions } from "./query-options"

type LoyaltyReportQuery = LoyaltyReportFilters & {
  limit?: number
  offset?: number
  cursor?: string
}

/** Entries across all members, with the count and totals of the whole filter. */
export const useLoyaltyEntries = (
  query: LoyaltyReportQuery,
  options?: QueryOptions<LoyaltyReportResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: loyaltyEntriesQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<LoyaltyReportResponse>("/admin/loyalty/entries", {
        query,
      }),
    ...options,
  })
  return { ...data, ...rest }
}

/** Points earned, redeemed and expired per week between two dates. */
export const useLoyaltyWeekly = (
  query: { from?: string; to?: string },
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
      const response = await sdk.client.fetch<Response>(
        "/admin/loyalty/entries/export",
        { query: { ...filters, format }, headers: { accept: EXPORT_ACCEPT[format] } }
      )
      await downloadResponse(response, `loyalty-points.${format}`)
    },
  })
