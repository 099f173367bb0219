import { MedusaError } from "@medusajs/framework/utils"

/**
 * An error that Medusa's error handler answers with 409 and this message.
 * A plain `MedusaError` of type `conflict` would reach the client as a
 * generic idempotency-key text; the express-style `status`/`expose` fields
 * make the handler pass our message through instead.
 */
export class ConflictError extends Error {
  readonly status = 409
  readonly statusCode = 409
  readonly expose = true
}

/**
 * A lock the locking module could not take in time (the in-memory and the
 * Redis providers throw plain errors that would answer 500).
 */
const LOCK_FAILURE = /(acquir\w* lock|already locked)/i

/**
 * Runs `fn`, turning a conflict from a workflow, or a lock it waited for in
 * vain, into a `ConflictError`.
 */
export async function withConflictMessage<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    if ((error as { type?: string })?.type === MedusaError.Types.CONFLICT) {
      throw new ConflictError((error as Error).message)
    }
    if (LOCK_FAILURE.test((error as Error)?.message ?? "")) {
      throw new ConflictError(
        "Another request is changing the same data at this moment; try again."
      )
    }
    throw error
  }
}
