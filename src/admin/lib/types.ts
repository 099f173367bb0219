/** The shapes of the plugin's admin API (see the routes under src/api/admin). */

export type FlagDisplay = "card" | "overview" | "popup"

export type FlagExpiry =
  | { type: "none" }
  | { type: "fixed_date"; date: string }
  | { type: "days_after_assignment"; days: number }

export type CustomerFlag = {
  id: string
  name: string
  abbreviation: string
  icon: string
  color: string
  display: FlagDisplay
  expiry: FlagExpiry
  description: string | null
  customer_group_id: string | null
  sales_channels?: { id: string; name: string }[]
  sales_channel_ids?: string[]
  created_at: string
  updated_at: string
}

export type FlagAssignmentSource = "manual" | "purchase_rule" | "segment" | "api"

export type CustomerFlagAssignment = {
  id: string
  flag_id: string
  customer_id: string
  source: FlagAssignmentSource
  assigned_by: string | null
  assigned_at: string
  expires_at: string | null
  note: string | null
  flag: CustomerFlag | null
}

export type CustomerFlagListParams = {
  q?: string
  sales_channel_id?: string
  /** A field to sort by, "-" first for descending (e.g. "name", "-created_at"). */
  order?: string
  limit?: number
  offset?: number
}

export type CustomerFlagListResponse = {
  customer_flags: CustomerFlag[]
  count: number
  offset: number
  limit: number
}

export type CustomerFlagResponse = { customer_flag: CustomerFlag }

export type CustomerFlagDeleteResponse = {
  id: string
  object: string
  deleted: boolean
}

export type CustomerFlagPayload = {
  name: string
  abbreviation: string
  icon: string
  color: string
  display: FlagDisplay
  expiry: FlagExpiry
  sales_channel_ids: string[]
  description: string | null
}

export type CustomerFlagAssignmentsResponse = {
  flag_assignments: CustomerFlagAssignment[]
}

export type CustomerFlagAssignmentResponse = {
  flag_assignment: CustomerFlagAssignment
}

export type AssignCustomerFlagPayload = {
  flag_id: string
  note?: string
  expires_at?: string
}
