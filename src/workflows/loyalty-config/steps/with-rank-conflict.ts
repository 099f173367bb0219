import { MedusaError } from "@medusajs/framework/utils"

/**
 * The rank is unique (a partial unique index). The database error becomes a
 * conflict naming the rank, which also covers two requests at once.
 */
export async function withRankConflict<T>(rank: number | undefined, fn: () => Promise<T>) {
  try {
    return await fn()
  } catch (error) {
    if (/already exists/.test((error as Error)?.message ?? "")) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A loyalty tier with rank ${rank} already exists`
      )
    }
    throw error
  }
}
