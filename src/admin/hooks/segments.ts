import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  CUSTOMER_AT_A_GLANCE,
  customerFlagAssignmentsQueryKeys,
  customerGroupsQueryKeys,
  customersQueryKeys,
  segmentFieldsQueryKeys,
  segmentMembersQueryKeys,
  segmentPreviewQueryKeys,
  segmentsQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  DeleteResponse,
  SegmentFieldsResponse,
  SegmentGroup,
  SegmentListParams,
  SegmentListResponse,
  SegmentMembersParams,
  SegmentMembersResponse,
  SegmentPayload,
  SegmentPreviewResponse,
  SegmentRefreshResponse,
  SegmentResponse,
} from "../lib/types"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

/** The fields a condition can test, and the timezone dates are read in. */
export const useSegmentFields = (options?: QueryOptions<SegmentFieldsResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: segmentFieldsQueryKeys.all,
    queryFn: () => sdk.client.fetch<SegmentFieldsResponse>("/admin/segments/fields"),
    // The catalogue changes only with the plugin.
    staleTime: Infinity,
    ...options,
  })
  return { ...data, ...rest }
}

export const useSegments = (
  query?: SegmentListParams,
  options?: QueryOptions<SegmentListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: segmentsQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<SegmentListResponse>("/admin/segments", { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useSegment = (id: string, options?: QueryOptions<SegmentResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: segmentsQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<SegmentResponse>(`/admin/segments/${id}`),
    ...options,
  })
  return { ...data, ...rest }
}

export const useSegmentMembers = (
  id: string,
  query: SegmentMembersParams,
  options?: QueryOptions<SegmentMembersResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: segmentMembersQueryKeys.detail(id, query),
    queryFn: () =>
      sdk.client.fetch<SegmentMembersResponse>(`/admin/segments/${id}/members`, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

/**
 * How many customers the rules match now, with a few of them. The rules are
 * the query's key, so going back to earlier rules shows their count at once;
 * while new rules are counted the last count stays on screen.
 */
export const useSegmentPreview = (rules: SegmentGroup | null) =>
  useQuery({
    queryKey: segmentPreviewQueryKeys.list(rules ?? undefined),
    queryFn: () =>
      sdk.client.fetch<SegmentPreviewResponse>("/admin/segments/preview", {
        method: "POST",
        body: { rules },
      }),
    enabled: !!rules,
    placeholderData: keepPreviousData,
    // A 400 names what is wrong with the rules; asking again would not help.
    retry: false,
    staleTime: 30_000,
  })

const CHANGED_BY_SEGMENTS = [segmentsQueryKeys.all]

export const useCreateSegment = (options?: MutationOptions<SegmentResponse, SegmentPayload>) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<SegmentResponse>("/admin/segments", { method: "POST", body: payload }),
    CHANGED_BY_SEGMENTS,
    options
  )

export const useUpdateSegment = (
  id: string,
  options?: MutationOptions<SegmentResponse, Partial<SegmentPayload>>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<SegmentResponse>(`/admin/segments/${id}`, {
        method: "POST",
        body: payload,
      }),
    CHANGED_BY_SEGMENTS,
    options
  )

/** Deletes the segment whose id is passed to `mutate`, so one hook serves a whole table. */
export const useDeleteSegment = (options?: MutationOptions<DeleteResponse, string>) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/segments/${id}`, { method: "DELETE" }),
    onSuccess: (data, id, context) => {
      queryClient.invalidateQueries({ queryKey: segmentsQueryKeys.lists() })
      queryClient.removeQueries({ queryKey: segmentsQueryKeys.detail(id) })
      queryClient.removeQueries({ queryKey: segmentMembersQueryKeys.detail(id) })
      options?.onSuccess?.(data, id, context)
    },
  })
}

/**
 * Recomputes the members. With a flag, customers who entered get it (and
 * those who left may lose it), which also changes their customer groups.
 */
export const useRefreshSegment = (
  id: string,
  options?: MutationOptions<SegmentRefreshResponse, void>
) =>
  useInvalidatingMutation(
    () =>
      sdk.client.fetch<SegmentRefreshResponse>(`/admin/segments/${id}/refresh`, {
        method: "POST",
      }),
    [
      segmentsQueryKeys.all,
      segmentMembersQueryKeys.detail(id),
      customerFlagAssignmentsQueryKeys.all,
      customersQueryKeys.lists(),
      customerGroupsQueryKeys.all,
      ...CUSTOMER_AT_A_GLANCE,
    ],
    options
  )
