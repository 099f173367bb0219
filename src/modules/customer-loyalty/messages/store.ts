import { generateEntityId } from "@medusajs/framework/utils"
import type { Manager } from "../ledger"
import type { LoyaltyMessageKind } from "../constants"

export type { LoyaltyMessageKind }

/** One message to write; `subject` and `body` null removes it. */
export type LoyaltyMessageWrite = {
  kind: LoyaltyMessageKind
  locale: string
  subject: string | null
  body: string | null
}

/**
 * Writes the messages and returns what each (kind, locale) held before, in
 * the same shape (null subject and body where there was none), so writing
 * that back undoes it. The upsert on the partial unique index makes
 * concurrent saves of one message end with one row, the last write's.
 */
export async function writeMessages(
  manager: Manager,
  messages: LoyaltyMessageWrite[]
): Promise<LoyaltyMessageWrite[]> {
  const previous: LoyaltyMessageWrite[] = []
  for (const message of messages) {
    const [row] = await manager.execute(
      `SELECT subject, body FROM loyalty_message
        WHERE kind = ? AND locale = ? AND deleted_at IS NULL
          FOR UPDATE`,
      [message.kind, message.locale]
    )
    previous.push({
      kind: message.kind,
      locale: message.locale,
      subject: row?.subject ?? null,
      body: row?.body ?? null,
    })
    if (message.subject === null || message.body === null) {
      await manager.execute(
        `UPDATE loyalty_message SET deleted_at = now(), updated_at = now()
          WHERE kind = ? AND locale = ? AND deleted_at IS NULL`,
        [message.kind, message.locale]
      )
      continue
    }
    await manager.execute(
      `INSERT INTO loyalty_message (id, kind, locale, subject, body)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (kind, locale) WHERE deleted_at IS NULL
       DO UPDATE SET subject = excluded.subject, body = excluded.body, updated_at = now()`,
      [generateEntityId("", "lmsg"), message.kind, message.locale, message.subject, message.body]
    )
  }
  return previous
}
