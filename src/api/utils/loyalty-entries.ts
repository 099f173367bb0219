import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { EntryType } from "../../modules/customer-loyalty/ledger"
import { ListPosition, readPage } from "./list-cursor"
import { LoyaltyAccountView } from "./loyalty-account"

/** What a member sees of their history: no actor, keys, lots or metadata. */
export const STORE_ENTRY_FIELDS = [
  "id",
  "type",
  "points",
  "status",
  "available_at",
  "expires_at",
  "description",
  "created_at",
]

export const ADMIN_ENTRY_FIELDS = [
  ...STORE_ENTRY_FIELDS,
  "customer_id",
  "remaining",
  "lifetime_points",
  "shortfall",
  "source",
  "source_id",
  "actor",
  "metadata",
]

/**
 * A page of a membership's entries, newest first, the cursor to the next
 * page and their count. In SQL rather than `query.graph`: the cursor keeps
 * `created_at` to the microsecond, and the page is read through the
 * `(account_id, created_at, id)` index.
 */
export async function listAccountEntries(
  scope: MedusaContainer,
  accountId: string | null,
  options: { type?: EntryType[] } & ListPosition,
  view: LoyaltyAccountView
) {
  if (!accountId) {
    return { entries: [], count: 0, next_cursor: null }
  }
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const entriesOfAccount = () => {
    const query = knex("loyalty_entry as e")
      .where("e.account_id", accountId)
      .whereNull("e.deleted_at")
    if (options.type?.length) {
      query.whereIn("e.type", options.type)
    }
    return query
  }
  const fields = view === "admin" ? ADMIN_ENTRY_FIELDS : STORE_ENTRY_FIELDS
  const [page, [{ count }]] = await Promise.all([
    readPage<{ id: string }>(
      knex,
      entriesOfAccount().select(fields.map((field) => `e.${field}`)),
      "e",
      options
    ),
    entriesOfAccount().count({ count: "*" }),
  ])
  return { entries: page.rows, count: Number(count), next_cursor: page.next_cursor }
}

/** One entry with the fields staff see. */
export async function retrieveAdminEntry(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [entry],
  } = await query.graph({
    entity: "loyalty_entry",
    fields: ADMIN_ENTRY_FIELDS,
    filters: { id },
  })
  return entry
}
