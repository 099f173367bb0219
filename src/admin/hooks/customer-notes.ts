import { useQuery } from "@tanstack/react-query"
import { customerNotesQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  CustomerNoteListParams,
  CustomerNoteListResponse,
  CustomerNoteResponse,
  DeleteResponse,
} from "../lib/types"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

/** Staff notes on the customer, newest first; deleted ones too with `include_deleted`. */
export const useCustomerNotes = (
  customerId: string,
  query: CustomerNoteListParams,
  options?: QueryOptions<CustomerNoteListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerNotesQueryKeys.detail(customerId, query),
    queryFn: () =>
      sdk.client.fetch<CustomerNoteListResponse>(`/admin/customers/${customerId}/notes`, {
        query,
      }),
    ...options,
  })
  return { ...data, ...rest }
}

/** Adds a note with the text passed to `mutate`. */
export const useCreateCustomerNote = (
  customerId: string,
  options?: MutationOptions<CustomerNoteResponse, string>
) =>
  useInvalidatingMutation(
    (body) =>
      sdk.client.fetch<CustomerNoteResponse>(`/admin/customers/${customerId}/notes`, {
        method: "POST",
        body: { body },
      }),
    [customerNotesQueryKeys.detail(customerId)],
    options
  )

/** Changes one of the signed-in user's own notes; the earlier text is kept. */
export const useUpdateCustomerNote = (
  customerId: string,
  options?: MutationOptions<CustomerNoteResponse, { id: string; body: string }>
) =>
  useInvalidatingMutation(
    ({ id, body }) =>
      sdk.client.fetch<CustomerNoteResponse>(`/admin/customers/${customerId}/notes/${id}`, {
        method: "POST",
        body: { body },
      }),
    [customerNotesQueryKeys.detail(customerId)],
    options
  )

/** Deletes the note whose id is passed to `mutate` (it stays in the history). */
export const useDeleteCustomerNote = (
  customerId: string,
  options?: MutationOptions<DeleteResponse, string>
) =>
  useInvalidatingMutation(
    (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/customers/${customerId}/notes/${id}`, {
        method: "DELETE",
      }),
    [customerNotesQueryKeys.detail(customerId)],
    options
  )
