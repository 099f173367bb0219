import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { list, raw, sql, whereAll } from "../../lib/sql"
import { CUSTOMER_LOYALTY_MODULE } from "../../modules/customer-loyalty"
import type { EntryType } from "../../modules/customer-loyalty/ledger"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"
import type { AdminLoyaltyEntry, Served, StoreLoyaltyEntry } from "../../types/http"
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
type EntriesOptions = { type?: EntryType[]; viewer?: EntryViewer } & ListPosition

/** A page of entries as the routes answer it (without `offset` and `limit`). */
export type EntriesPage<E> = { entries: E[]; count: number; next_cursor: string | null }

/** An entry staff see, as read with the customer it concerns. */
type AdminEntryRow = Served<Omit<AdminLoyaltyEntry, "customer">> & {
  customer_email: string | null
  customer_first_name: string | null
  customer_last_name: string | null
}

export async function listAccountEntries(
  scope: MedusaContainer,
  accountId: string | null,
  options: EntriesOptions,
  view: "admin"
): Promise<EntriesPage<Served<AdminLoyaltyEntry>>>
export async function listAccountEntries(
  scope: MedusaContainer,
  accountId: string | null,
  options: EntriesOptions,
  view: "store"
): Promise<EntriesPage<Served<StoreLoyaltyEntry>>>
export async function listAccountEntries(
  scope: MedusaContainer,
  accountId: string | null,
  options: EntriesOptions,
  view: LoyaltyAccountView
): Promise<EntriesPage<Served<AdminLoyaltyEntry>> | EntriesPage<Served<StoreLoyaltyEntry>>> {
  if (!accountId) {
    return { entries: [], count: 0, next_cursor: null }
  }
  const loyalty = scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const { viewer } = options
  const where = [sql`e.account_id = ${accountId}`, raw("e.deleted_at IS NULL")]
  if (options.type?.length) {
    where.push(sql`e.type IN (${list(options.type)})`)
  }
  if (viewer) {
    where.push(sql`(e.customer_id = ${viewer.customer_id} OR e.created_at >= ${viewer.joined_at})`)
  }
  const fields = (view === "admin" ? ADMIN_ENTRY_FIELDS : STORE_ENTRY_FIELDS).map(
    (field) => `e.${field}`
  )
  // Staff see whose card each entry concerns: in a household, or for
  // a member who has left, that is not always the customer on the page.
  const select =
    view === "admin"
      ? {
          columns: raw(
            `${fields.join(", ")}, c.email AS customer_email, c.first_name AS customer_first_name, c.last_name AS customer_last_name`
          ),
          from: raw(`loyalty_entry e
  LEFT JOIN customer c ON c.id = e.customer_id AND c.deleted_at IS NULL`),
          where,
        }
      : { columns: raw(fields.join(", ")), from: raw("loyalty_entry e"), where }
  const countAll = () =>
    loyalty.runQuery<{ count: string }>(
      sql`SELECT count(*) AS count FROM loyalty_entry e${whereAll(where)}`
    )
  if (view === "admin") {
    const [page, [{ count }]] = await Promise.all([
      readPage<AdminEntryRow & { id: string }>(loyalty, select, "e", options),
      countAll(),
    ])
    const entries = page.rows.map(
      ({ customer_email, customer_first_name, customer_last_name, ...entry }) => ({
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
      })
    )
    return { entries, count: Number(count), next_cursor: page.next_cursor }
  }
  const [page, [{ count }]] = await Promise.all([
    readPage<Served<StoreLoyaltyEntry> & { id: string }>(loyalty, select, "e", options),
    countAll(),
  ])
  return { entries: page.rows, count: Number(count), next_cursor: page.next_cursor }
}

/** One entry with the fields staff see. */
export async function retrieveAdminEntry(
  scope: MedusaContainer,
  id: string
): Promise<Served<AdminLoyaltyEntry>> {
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
