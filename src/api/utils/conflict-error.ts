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

/** Runs `fn`, turning a conflict from a workflow into a `ConflictError`. */
export async function withConflictMessage<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    if ((error as { type?: string })?.type === MedusaError.Types.CONFLICT) {
      throw new ConflictError((error as Error).message)
    }
    throw error
  }
}
