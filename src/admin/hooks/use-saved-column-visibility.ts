import type { VisibilityState } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { usersQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { useCurrentUser } from "./users"

/** Where a table's hidden columns are kept: a key of the admin user's metadata. */
const metadataKey = (table: string) => `customer_loyalty_hidden_columns:${table}`

const hiddenIds = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : []

/**
 * Which columns of a table the signed-in admin user has hidden, kept in
 * that user's metadata through Medusa's own user route
 * (`POST /admin/users/:id`), so the choice follows them to another browser
 * or machine and stays theirs alone. `defaultHidden` applies until they
 * choose. A change shows at once; the save runs behind it.
 */
export const useSavedColumnVisibility = (table: string, defaultHidden: string[] = []) => {
  const queryClient = useQueryClient()
  const { user, isPending } = useCurrentUser()
  const saved = user?.metadata?.[metadataKey(table)]
  const [chosen, setChosen] = useState<VisibilityState | null>(null)

  const visibility: VisibilityState =
    chosen ??
    Object.fromEntries(
      (saved === undefined ? defaultHidden : hiddenIds(saved)).map((id) => [id, false])
    )

  const { mutate: save } = useMutation({
    mutationFn: async (hidden: string[]) => {
      // The metadata as it is now, so another key written meanwhile stays.
      const { user: current } = await sdk.admin.user.me()
      return sdk.admin.user.update(current.id, {
        metadata: { ...(current.metadata ?? {}), [metadataKey(table)]: hidden },
      })
    },
    onSuccess: (response) => {
      queryClient.setQueryData([...usersQueryKeys.all, "me"], response)
    },
  })

  const onColumnVisibilityChange = (next: VisibilityState) => {
    setChosen(next)
    save(
      Object.entries(next)
        .filter(([, visible]) => !visible)
        .map(([id]) => id)
    )
  }

  return { visibility, onColumnVisibilityChange, isLoaded: !isPending }
}
