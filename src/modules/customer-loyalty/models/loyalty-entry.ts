import { model } from "@medusajs/framework/utils"
import { LoyaltyAccount } from "./loyalty-account"
import { ENTRY_TYPES, ENTRY_STATUSES, ENTRY_SOURCES } from "../constants"

/**
 * One change to a membership's points. Entries are never edited or deleted;
 * a correction is a new entry. Two fields move on their own: `status` goes
 * from pending to available once, and a positive entry's `remaining` (the
 * lot not yet used, expired or reversed) goes down as later entries consume
 * it first-earned first-out.
 */
export const LoyaltyEntry = model
  .define("loyalty_entry", {
    id: model.id({ prefix: "lent" }).primaryKey(),
    account: model.belongsTo(() => LoyaltyAccount, { mappedBy: "entries" }),
    /** The customer card the entry concerns (the earner or the redeemer). */
    customer_id: model.text().nullable(),
    type: model.enum([...ENTRY_TYPES]),
    points: model.number(),
    status: model.enum([...ENTRY_STATUSES]).default("available"),
    available_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    remaining: model.number().default(0),
    /** How this entry changed the account's lifetime points (tiers use it). */
    lifetime_points: model.number().default(0),
    /** Points a reversal could not take back because they were already used. */
    shortfall: model.number().default(0),
    /** For a taking entry: the lots it took from, `[{ entry_id, points }]`. */
    allocations: model.json().nullable(),
    source: model.enum([...ENTRY_SOURCES]),
    source_id: model.text().nullable(),
    /** One per source event and entry type: the same event never counts twice. */
    idempotency_key: model.text(),
    actor: model.text().nullable(),
    description: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    {
      name: "IDX_loyalty_entry_idempotency_key_unique",
      on: ["idempotency_key"],
      unique: true,
    },
    // Lists page by key on (created_at, id), newest first (src/api/utils/list-cursor.ts):
    // a member's history, the points report by customer, the whole report.
    { on: ["account_id", "created_at", "id"] },
    { on: ["source", "source_id"] },
    { on: ["customer_id", "created_at", "id"] },
    { on: ["created_at", "id"] },
    // The report's type and status filters, newest first: without these a
    // rare type (close, transfer) walks the whole created_at index.
    { on: ["type", "created_at", "id"] },
    { on: ["status", "created_at", "id"] },
    {
      name: "IDX_loyalty_entry_pending_due",
      on: ["available_at"],
      where: "status = 'pending'",
    },
    {
      name: "IDX_loyalty_entry_open_lots",
      on: ["account_id", "created_at"],
      where: "remaining > 0",
    },
    {
      name: "IDX_loyalty_entry_expiring_lots",
      on: ["expires_at"],
      where: "remaining > 0 AND status = 'available'",
    },
  ])
