import type { InferTypeOf } from "@medusajs/framework/types"
import type { CustomerSegment } from "../../modules/customer-loyalty/models"
import type { SegmentFieldDefinition } from "../../segments/catalog"
import type { SegmentRules } from "../../segments/types"
import type { DeleteResponse, ModelResponse, PaginatedResponse } from "./common"
import type { AdminCustomerFlag } from "./flags"

export type { SegmentFieldDefinition }

/** The flag a segment gives its members. */
export type AdminSegmentFlag = Pick<
  AdminCustomerFlag,
  "id" | "name" | "abbreviation" | "icon" | "color" | "display"
>

export type AdminSegment = Omit<
  ModelResponse<InferTypeOf<typeof CustomerSegment>>,
  "rules" | "flag" | "memberships" | "deleted_at"
> & {
  rules: SegmentRules
  flag: AdminSegmentFlag | null
  /** The store's timezone, in which the rules' dates are read. */
  timezone: string
}

export type AdminSegmentResponse = { segment: AdminSegment }
export type AdminSegmentListResponse = PaginatedResponse<{ segments: AdminSegment[] }>
export type AdminSegmentDeleteResponse = DeleteResponse<"segment">

/** What a rule can test (`GET /admin/segments/fields`): the server's catalogue. */
export type AdminSegmentFieldsResponse = { fields: SegmentFieldDefinition[]; timezone: string }

/** A customer as the segment pages show one. */
export type AdminSegmentCustomer = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

// Computed: the count and a sample of who matches, without saving.
export type AdminSegmentPreviewResponse = {
  count: number
  sample: (AdminSegmentCustomer & { created_at: string })[]
  timezone: string
}

// Computed: the refreshed segment and who came and went.
export type AdminSegmentRefreshResponse = { segment: AdminSegment; entered: number; left: number }

/** One period of membership: a customer who left and came back has two. */
export type AdminSegmentMember = AdminSegmentCustomer & {
  membership_id: string
  entered_at: string
  left_at: string | null
}

export type AdminSegmentMembersResponse = PaginatedResponse<{
  customers: AdminSegmentMember[]
  /** The `cursor` of the next page; null on the last. */
  next_cursor: string | null
}>
