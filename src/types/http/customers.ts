import type { InferTypeOf } from "@medusajs/framework/types"
import type { CustomerBusinessProfile, CustomerNote } from "../../modules/customer-insights/models"
import type { DeleteResponse, ModelResponse, PaginatedResponse } from "./common"
import type { AdminCustomerFlag } from "./flags"

// ---- Summary (customer page) -------------------------------------------------------

export type AdminCustomerSales = {
  currency_code: string
  /** In the currency's main unit, as Medusa's amounts are. */
  total: number
  order_count: number
  average_order_value: number
  first_order_at: string | null
  last_order_at: string | null
}

export type AdminCustomerSummaryFlag = Pick<
  AdminCustomerFlag,
  "id" | "name" | "abbreviation" | "icon" | "color" | "display"
>

// Computed: one statement over orders, flags, loyalty and segments (customer-overview/summary).
export type AdminCustomerSummary = {
  /** One line per currency the customer has bought in. */
  sales: AdminCustomerSales[]
  order_count: number
  first_order_at: string | null
  last_order_at: string | null
  flags: AdminCustomerSummaryFlag[]
  loyalty: {
    member_number: string
    points_available: number
    points_pending: number
    tier: { id: string; name: string } | null
  } | null
  segments: { id: string; name: string; entered_at: string }[]
}

export type AdminCustomerSummaryResponse = { summary: AdminCustomerSummary }

// ---- B2B profile -------------------------------------------------------------------

export type AdminB2BProfile = Omit<
  ModelResponse<InferTypeOf<typeof CustomerBusinessProfile>>,
  "deleted_at"
>
export type AdminB2BProfileResponse = { b2b_profile: AdminB2BProfile | null }

// ---- Notes -------------------------------------------------------------------------

export type AdminNoteAuthor = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

export type AdminCustomerNote = Omit<
  ModelResponse<InferTypeOf<typeof CustomerNote>>,
  "revisions" | "deleted_at" | "deleted_by"
> & {
  author: AdminNoteAuthor | null
  /** Earlier texts, oldest first; null when never edited. */
  revisions: { body: string; replaced_at: string }[] | null
  /** Only with `include_deleted`. */
  deleted_at?: string | null
  deleted_by?: string | null
}

export type AdminCustomerNoteResponse = { note: AdminCustomerNote }
export type AdminCustomerNoteListResponse = PaginatedResponse<{ notes: AdminCustomerNote[] }>
export type AdminCustomerNoteDeleteResponse = DeleteResponse<"customer_note">

// ---- Customer overview -------------------------------------------------------------

// Computed: a customer with the plugin's figures (src/customer-overview).
export type AdminCustomerOverviewRow = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  company: string | null
  /** The currency of the sales figures: the filter's, else the store's default (null: the store has none). */
  currency_code: string | null
  /** In `currency_code`'s main unit. */
  sales_total: number
  order_count: number
  last_order_at: string | null
  flags: Pick<AdminCustomerFlag, "id" | "name" | "abbreviation" | "icon" | "color">[]
  points_available: number | null
  /** `name` is null when the tier was deleted since. */
  tier: { id: string; name: string | null } | null
  has_account: boolean
  marketing_consent: boolean
  created_at: string
}

export type AdminCustomerOverviewResponse = PaginatedResponse<{
  customers: AdminCustomerOverviewRow[]
}>
