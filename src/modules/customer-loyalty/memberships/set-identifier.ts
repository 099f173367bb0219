import { MedusaError } from "@medusajs/framework/utils"
import { lockAccount } from "../ledger/sql"
import { Manager } from "../ledger/types"

const UNIQUE_VIOLATION = "23505"

/**
 * Sets (or, with null, clears) a membership's identifier and returns the one
 * it had, for the compensation. Two memberships asking for the same
 * identifier at once are settled by the unique index: the second waits for
 * the first and gets a conflict, never a duplicate.
 */
export async function setAccountIdentifier(
  manager: Manager,
  accountId: string,
  identifier: string | null
): Promise<{ previous: string | null }> {
  await lockAccount(manager, accountId)
  // The searches find a membership by its member number or its identifier:
  // an identifier that is another membership's number would find both.
  if (identifier !== null) {
    const taken = await manager.execute(
      `SELECT 1 FROM loyalty_account WHERE member_number = ? AND id <> ? AND deleted_at IS NULL LIMIT 1`,
      [identifier, accountId]
    )
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The identifier ${identifier} is the member number of another membership`
      )
    }
  }
  const [{ identifier: previous }] = await manager.execute(
    `SELECT identifier FROM loyalty_account WHERE id = ?`,
    [accountId]
  )
  try {
    await manager.execute(
      `UPDATE loyalty_account SET identifier = ?, updated_at = now() WHERE id = ?`,
      [identifier, accountId]
    )
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Another membership already has the identifier ${identifier}`
      )
    }
    throw error
  }
  return { previous: previous ?? null }
}
