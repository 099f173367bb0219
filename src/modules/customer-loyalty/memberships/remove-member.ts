import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { generateMemberNumber } from "../ledger/ensure-account"
import { rollbackEntry } from "../ledger/rollback-entry"
import { insertEntry, lockAccount } from "../ledger/sql"
import { Manager } from "../ledger/types"

export type RemoveAccountMemberInput = {
  account_id: string
  customer_id: string
  actor?: string | null
}

export type RemovedAccountMember = {
  account_id: string
  customer_id: string
  /** The member row that ended (soft-deleted: it says when they left). */
  member_id: string
  /** The customer's new, empty membership. */
  new_account_id: string
  new_member_id: string
  entry_ids: string[]
}

/**
 * Takes a customer out of a shared membership (a household). The pooled
 * points stay where they were earned together; the customer starts again
 * in a new, empty membership of their own. A zero-point `transfer` entry in
 * each history says who left, when, and by whose hand. The last member
 * cannot leave: a membership without members would keep points no one can
 * use (closing it is the way to end it).
 */
export async function removeAccountMember(
  manager: Manager,
  input: RemoveAccountMemberInput
): Promise<RemovedAccountMember> {
  // The account lock orders removals and additions on one membership, so
  // two at once cannot both pass the "not the last member" check.
  const account = await lockAccount(manager, input.account_id)
  const members: { id: string; customer_id: string }[] = await manager.execute(
    `SELECT id, customer_id FROM loyalty_account_member
      WHERE account_id = ? AND deleted_at IS NULL
      FOR UPDATE`,
    [account.id]
  )
  const member = members.find((m) => m.customer_id === input.customer_id)
  if (!member) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer ${input.customer_id} is not a member of loyalty account ${account.id}`
    )
  }
  if (members.length === 1) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Customer ${input.customer_id} is the only member of loyalty account ${account.id}; close the membership instead`
    )
  }

  await manager.execute(
    `UPDATE loyalty_account_member SET deleted_at = now(), updated_at = now() WHERE id = ?`,
    [member.id]
  )
  const newAccountId = generateEntityId(undefined, "lacc")
  const newMemberId = generateEntityId(undefined, "lmem")
  await manager.execute(
    `INSERT INTO loyalty_account (id, member_number, status) VALUES (?, ?, 'active')`,
    [newAccountId, generateMemberNumber()]
  )
  await manager.execute(
    `INSERT INTO loyalty_account_member (id, account_id, customer_id, joined_at)
     VALUES (?, ?, ?, now())`,
    [newMemberId, newAccountId, input.customer_id]
  )
  const [{ member_number: oldNumber }] = await manager.execute(
    `SELECT member_number FROM loyalty_account WHERE id = ?`,
    [account.id]
  )

  const common = {
    customer_id: input.customer_id,
    type: "transfer" as const,
    points: 0,
    status: "available" as const,
    available_at: new Date(),
    expires_at: null,
    remaining: 0,
    source: "transfer" as const,
    actor: input.actor ?? null,
  }
  const left = await insertEntry(manager, {
    ...common,
    account_id: account.id,
    source_id: newAccountId,
    idempotency_key: `leave:${member.id}:out`,
    description: "Left the membership; the pooled points stay with it",
  })
  const started = await insertEntry(manager, {
    ...common,
    account_id: newAccountId,
    source_id: account.id,
    idempotency_key: `leave:${member.id}:in`,
    description: `Left membership ${oldNumber}; its points stayed there`,
  })
  return {
    account_id: account.id,
    customer_id: input.customer_id,
    member_id: member.id,
    new_account_id: newAccountId,
    new_member_id: newMemberId,
    entry_ids: [left.id, started.id],
  }
}

/** Undoes `removeAccountMember` (compensation): the customer is back, the new membership gone. */
export async function undoRemoveAccountMember(manager: Manager, removed: RemovedAccountMember) {
  for (const id of removed.entry_ids) {
    await rollbackEntry(manager, id)
  }
  await manager.execute(`DELETE FROM loyalty_account_member WHERE id = ?`, [removed.new_member_id])
  await manager.execute(`DELETE FROM loyalty_account WHERE id = ?`, [removed.new_account_id])
  await manager.execute(
    `UPDATE loyalty_account_member SET deleted_at = NULL, updated_at = now() WHERE id = ?`,
    [removed.member_id]
  )
}
