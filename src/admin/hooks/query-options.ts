import { FetchError } from "@medusajs/js-sdk"
import { QueryKey, UseMutationOptions, UseQueryOptions } from "@tanstack/react-query"

/** The react-query options a hook lets its caller set (not the key or the fetch). */
export type QueryOptions<TResponse> = Omit<
  UseQueryOptions<TResponse, FetchError, TResponse, QueryKey>,
  "queryKey" | "queryFn"
>

/** The react-query options a mutation hook lets its caller set. */
export type MutationOptions<TResponse, TVariables> = UseMutationOptions<
  TResponse,
  FetchError,
  TVariables
>
