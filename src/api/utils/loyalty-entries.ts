import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { EntryType } from "../../modules/customer-loyalty/ledger"
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

/** A page of a membership's entries, newest first, and their count. */
export async function listAccountEntries(
  scope: MedusaContainer,
  accountId: string | null,
  options: { type?: EntryType[]; limit: number; offset: number },
  view: LoyaltyAccountView
) {
  if (!accountId) {
    return { entries: [], count: 0 }
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "loyalty_entry",
    fields: view === "admin" ? ADMIN_ENTRY_FIELDS : STORE_ENTRY_FIELDS,
    filters: {
      account_id: accountId,
      ...(options.type?.length ? { type: options.type } : {}),
    },
    pagination: {
      skip: options.offset,
      take: options.limit,
      order: { created_at: "DESC", id: "DESC" },
    },
  })
  return { entries: data, count: metadata?.count ?? data.length }
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
