import type { HttpTypes } from "@medusajs/framework/types"
import { FetchError } from "@medusajs/js-sdk"
import { QueryKey, UseQueryOptions, useQuery } from "@tanstack/react-query"
import { usersQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** A staff user, to show who assigned a flag by name rather than by id. */
export const useUser = (
  id: string,
  options?: Omit<
    UseQueryOptions<
      HttpTypes.AdminUserResponse,
      FetchError,
      HttpTypes.AdminUserResponse,
      QueryKey
    >,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: usersQueryKeys.detail(id),
    queryFn: () => sdk.admin.user.retrieve(id),
    ...options,
  })
  return { ...data, ...rest }
}
