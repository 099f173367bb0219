import { QueryKey, useMutation, useQueryClient } from "@tanstack/react-query"
import { MutationOptions } from "./query-options"

/**
 * A mutation that, once it succeeds, marks the queries under each of
 * `invalidates` stale, so whatever shows them refetches, and then runs the
 * caller's own `onSuccess`.
 */
export const useInvalidatingMutation = <TResponse, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TResponse>,
  invalidates: QueryKey[],
  options?: MutationOptions<TResponse, TVariables>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn,
    onSuccess: (data, variables, context) => {
      invalidates.forEach((queryKey) => queryClient.invalidateQueries({ queryKey }))
      options?.onSuccess?.(data, variables, context)
    },
  })
}
