import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { B2B_PROFILE_FIELDS } from "../b2b-profile/helpers"
import { NOTE_FIELDS, withAuthors } from "../notes/helpers"

const byCreation = { created_at: "ASC", id: "ASC" } as const

/**
 * Everything the plugin holds on one customer, for a data-access request:
 * flags with their history, the loyalty memberships they are or were in
 * (members, every entry, redemptions), segment memberships, benefit usage,
 * B2B profile, staff notes with earlier texts and deleted ones, the facts
 * kept of their orders and sales figures. Ended and deleted records are
 * included: they are data too.
 */
/** What the data export answers: the records as read, every column. */
export type CustomerLoyaltyData = Awaited<ReturnType<typeof collectCustomerLoyaltyData>>

export async function collectCustomerLoyaltyData(scope: MedusaContainer, customerId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const graph = async (
    entity: string,
    fields: string[],
    filters: Record<string, unknown>,
    order: Record<string, "ASC" | "DESC"> = byCreation
  ) =>
    (
      await query.graph({
        entity,
        fields,
        filters,
        pagination: { order },
        withDeleted: true,
      })
    ).data as Record<string, unknown>[]
  const mine = { customer_id: customerId }

  const [customer] = await graph(
    "customer",
    ["id", "email", "first_name", "last_name", "created_at"],
    {
      id: customerId,
    }
  )
  const flag_assignments = await graph(
    "customer_flag_assignment",
    ["*", "flag.id", "flag.name", "flag.abbreviation"],
    mine
  )

  // Memberships the customer is or was in; one they left by joining a
  // household keeps no member row, only their entries.
  const memberRows = await graph("loyalty_account_member", ["account_id"], mine)
  const entryAccounts = await graph("loyalty_entry", ["account_id"], mine)
  const accountIds = [...new Set([...memberRows, ...entryAccounts].map((row) => row.account_id))]
  const accounts = accountIds.length
    ? await graph(
        "loyalty_account",
        ["*", "members.customer_id", "members.joined_at", "members.deleted_at"],
        { id: accountIds }
      )
    : []
  const entries = accountIds.length
    ? await graph("loyalty_entry", ["*"], { account_id: accountIds })
    : []
  const redemptions = accountIds.length
    ? await graph("loyalty_redemption", ["*"], { account_id: accountIds })
    : []
  const loyalty_accounts = accounts.map(({ members, entries: _, ...account }) => ({
    ...account,
    members: ((members ?? []) as Record<string, unknown>[]).map((m) => ({
      customer_id: m.customer_id,
      joined_at: m.joined_at,
      left_at: m.deleted_at ?? null,
    })),
    entries: entries.filter((e) => e.account_id === account.id),
    redemptions: redemptions.filter((r) => r.account_id === account.id),
  }))

  const [b2b_profile] = await graph(
    "customer_business_profile",
    [...B2B_PROFILE_FIELDS, "deleted_at"],
    mine
  )
  const notes = await graph("customer_note", [...NOTE_FIELDS, "deleted_at", "deleted_by"], mine)

  return {
    exported_at: new Date().toISOString(),
    customer: customer ?? { id: customerId },
    flag_assignments,
    loyalty_accounts,
    segment_memberships: await graph(
      "customer_segment_membership",
      ["id", "segment_id", "entered_at", "left_at", "created_at", "segment.id", "segment.name"],
      mine
    ),
    benefit_usage: await graph(
      "customer_benefit_usage",
      ["*", "benefit.id", "benefit.title", "benefit.kind"],
      mine
    ),
    b2b_profile: b2b_profile ?? null,
    notes: await withAuthors(scope, notes as (Record<string, unknown> & { author_id: string })[]),
    sales_stats: await graph("customer_sales_stats", ["*"], mine),
    // Keyed by order and line, without an `id`.
    order_facts: await graph("customer_order_fact", ["*"], mine, {
      placed_at: "ASC",
      order_id: "ASC",
    }),
    order_line_facts: await graph("customer_order_line_fact", ["*"], mine, {
      placed_at: "ASC",
      item_id: "ASC",
    }),
  }
}
