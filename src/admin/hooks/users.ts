import type { HttpTypes } from "@medusajs/framework/types"
import { useQuery } from "@tanstack/react-query"
import { usersQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { QueryOptions } from "./query-options"

/** A staff user, to show who assigned a flag by name rather than by id. */
export const useUser = (id: string, options?: QueryOptions<HttpTypes.AdminUserResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: usersQueryKeys.detail(id),
    queryFn: () => sdk.admin.user.retrieve(id),
    ...options,
  })
  return { ...data, ...rest }
}

/** The signed-in staff user, under the dashboard's own key, so both share one request. */
export const useCurrentUser = (options?: QueryOptions<HttpTypes.AdminUserResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: [...usersQueryKeys.all, "me"],
    queryFn: () => sdk.admin.user.me(),
    staleTime: 5 * 60_000,
    ...options,
  })
  return { ...data, ...rest }
}
