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
 * The member reading their own history. In a household, what the others
 * did before this member joined is theirs: the member sees their own
 * entries and everyone's from the day they joined.
 */
export type EntryViewer = { customer_id: string; joined_at: Date | string }

/**
 * A page of a membership's entries, newest first, the cursor to the next
 * page and their count; for a `viewer`, only what they may see. In SQL
 * rather than `query.graph`: the cursor keeps `created_at` to the
 * microsecond, and the page is read through the `(account_id, created_at,
 * id)` index.
 */
export async function listAccountEntries(
  scope: MedusaContainer,
  accountId: string | null,
  options: { type?: EntryType[]; viewer?: EntryViewer } & ListPosition,
  view: LoyaltyAccountView
) {
  if (!accountId) {
    return { entries: [], count: 0, next_cursor: null }
  }
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { viewer } = options
  const entriesOfAccount = () => {
    const query = knex("loyalty_entry as e")
      .where("e.account_id", accountId)
      .whereNull("e.deleted_at")
    if (options.type?.length) {
      query.whereIn("e.type", options.type)
    }
    if (viewer) {
      query.where((mine) =>
        mine.where("e.customer_id", viewer.customer_id).orWhere("e.created_at", ">=", viewer.joined_at)
      )
    }
    return query
  }
  const fields = view === "admin" ? ADMIN_ENTRY_FIELDS : STORE_ENTRY_FIELDS
  const select = entriesOfAccount().select(fields.map((field) => `e.${field}`))
  if (view === "admin") {
    // Staff see whose card each entry concerns: in a household, or for
    // a member who has left, that is not always the customer on the page.
    select
      .leftJoin("customer as c", (join) =>
        join.on("c.id", "e.customer_id").andOnNull("c.deleted_at")
      )
      .select("c.email as customer_email", "c.first_name as customer_first_name", "c.last_name as customer_last_name")
  }
  const [page, [{ count }]] = await Promise.all([
    readPage<{ id: string } & Record<string, any>>(knex, select, "e", options),
    entriesOfAccount().count({ count: "*" }),
  ])
  const entries =
    view === "admin"
      ? page.rows.map(({ customer_email, customer_first_name, customer_last_name, ...entry }) => ({
          ...entry,
          customer:
            entry.customer_id && (customer_email || customer_first_name || customer_last_name)
              ? {
                  id: entry.customer_id,
                  email: customer_email,
                  first_name: customer_first_name,
                  last_name: customer_last_name,
                }
              : null,
        }))
      : page.rows
  return { entries, count: Number(count), next_cursor: page.next_cursor }
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
