import { model } from "@medusajs/framework/utils"
import { LoyaltyAccountMember } from "./loyalty-account-member"
import { LoyaltyEntry } from "./loyalty-entry"
import { ACCOUNT_STATUSES } from "../constants"

/**
 * A membership: one balance shared by one or more customers. The balances
 * are kept here, updated in the same transaction as every ledger entry
 * under a row lock, so a read is one row; tests check them against the ledger.
 */
export const LoyaltyAccount = model
  .define("loyalty_account", {
    id: model.id({ prefix: "lacc" }).primaryKey(),
    member_number: model.text().searchable(),
    /**
     * The merchant's own identifier for the membership (a card number, a
     * barcode), set by staff; unique among memberships, found by exact match.
     */
    identifier: model.text().nullable(),
    status: model.enum([...ACCOUNT_STATUSES]).default("active"),
    points_available: model.number().default(0),
    points_pending: model.number().default(0),
    /** Every point ever made available, less what was reversed. */
    points_lifetime: model.number().default(0),
    tier_id: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    close_reason: model.text().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => LoyaltyAccountMember, { mappedBy: "account" }),
    entries: model.hasMany(() => LoyaltyEntry, { mappedBy: "account" }),
  })
  .indexes([
    {
      name: "IDX_loyalty_account_member_number_unique",
      on: ["member_number"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_loyalty_account_identifier_unique",
      on: ["identifier"],
      unique: true,
      where: "deleted_at IS NULL AND identifier IS NOT NULL",
    },
    // The memberships list pages by key on (created_at, id), newest first.
    { on: ["tier_id", "created_at", "id"], where: "deleted_at IS NULL" },
    { on: ["created_at", "id"], where: "deleted_at IS NULL" },
  ])
