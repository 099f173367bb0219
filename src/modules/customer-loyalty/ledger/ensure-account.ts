import { generateEntityId } from "@medusajs/framework/utils"
import { randomInt } from "crypto"
import { Manager } from "./types"

/** A ten-digit member number, printed on cards and searched for by staff. */
export const generateMemberNumber = () => String(randomInt(1_000_000_000, 10_000_000_000))

/**
 * The account the customer belongs to, created (with the customer as its
 * first member) when they have none. Safe when two events for a new
 * customer arrive at once: the unique member index lets one insert win.
 */
export async function ensureAccountForCustomer(
  manager: Manager,
  customerId: string
): Promise<{ account_id: string; created: boolean }> {
  const existing = await findAccountIdOfCustomer(manager, customerId)
  if (existing) {
    return { account_id: existing, created: false }
  }

  const accountId = generateEntityId(undefined, "lacc")
  await manager.execute(
    `INSERT INTO loyalty_account (id, member_number, status) VALUES (?, ?, 'active')`,
    [accountId, generateMemberNumber()]
  )
  const inserted = await manager.execute(
    `INSERT INTO loyalty_account_member (id, account_id, customer_id, joined_at)
     VALUES (?, ?, ?, now())
     ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING
     RETURNING id`,
    [generateEntityId(undefined, "lmem"), accountId, customerId]
  )
  if (inserted.length) {
    return { account_id: accountId, created: true }
  }
  await manager.execute(`DELETE FROM loyalty_account WHERE id = ?`, [accountId])
  return {
    account_id: (await findAccountIdOfCustomer(manager, customerId))!,
    created: false,
  }
}

export async function findAccountIdOfCustomer(
  manager: Manager,
  customerId: string
): Promise<string | undefined> {
  const [row] = await manager.execute(
    `SELECT account_id FROM loyalty_account_member
      WHERE customer_id = ? AND deleted_at IS NULL`,
    [customerId]
  )
  return row?.account_id
}
