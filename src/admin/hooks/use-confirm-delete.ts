import { usePrompt } from "@medusajs/ui"
import { toastOutcome } from "../lib/toast-outcome"

export type DeleteTexts = {
  /** The prompt's question, e.g. `Delete the tier "Gold"?` */
  title: string
  /** What deleting it does. */
  description: string
  /** The toast once it is gone. */
  deleted: string
}

/**
 * Deleting a row of a table: asks first, then removes the item by id (a
 * delete mutation's `mutate`) and toasts how it went.
 */
export const useConfirmDelete = <T extends { id: string }>(
  remove: (id: string, callbacks: ReturnType<typeof toastOutcome>) => void,
  textsFor: (item: T) => DeleteTexts
) => {
  const prompt = usePrompt()
  return async (item: T) => {
    const { title, description, deleted } = textsFor(item)
    const confirmed = await prompt({
      title,
      description,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (confirmed) {
      remove(item.id, toastOutcome(deleted))
    }
  }
}
