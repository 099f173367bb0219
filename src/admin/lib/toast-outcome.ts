import { toast } from "@medusajs/ui"
import { withoutRequestPrefix } from "./request-error"

/** A failed request in a toast, without Medusa's "Invalid request:" prefix. */
export const toastError = (error: Error) => toast.error(withoutRequestPrefix(error.message))

/**
 * Callbacks for a mutation's `mutate` that say how it went: `success` in a
 * toast, then `done` (e.g. closing the form); or the error's message.
 */
export const toastOutcome = <TResponse>(
  success: string | ((response: TResponse) => string),
  done?: () => void
) => ({
  onSuccess: (response: TResponse) => {
    toast.success(typeof success === "function" ? success(response) : success)
    done?.()
  },
  onError: toastError,
})
