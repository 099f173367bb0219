import type { InferTypeOf } from "@medusajs/framework/types"
import type { CustomerFlag, CustomerFlagAssignment } from "../../modules/customer-loyalty/models"
import type { CustomerFlagPurchaseRule } from "../../modules/customer-loyalty/types"
import type { FlagExpiry } from "../../modules/customer-loyalty/utils/flag-expiry"
import type { DeleteResponse, ModelResponse, PaginatedResponse, Serialized } from "./common"

type CustomerFlagRow = ModelResponse<InferTypeOf<typeof CustomerFlag>>

/** How a flag's assignments expire: the stored columns as one object. */
export type AdminFlagExpiry = Serialized<FlagExpiry>

/** A flag's purchase rule ("Connections"); null when it has none. */
export type AdminFlagPurchaseRule = CustomerFlagPurchaseRule

/**
 * A flag as the API presents it: the row, with `expiry` for its three
 * expiry columns and its sales channels (see formatCustomerFlag).
 */
export type AdminCustomerFlag = Pick<
  CustomerFlagRow,
  | "id"
  | "name"
  | "abbreviation"
  | "icon"
  | "color"
  | "display"
  | "description"
  | "customer_group_id"
  | "metadata"
  | "created_at"
  | "updated_at"
> & {
  expiry: AdminFlagExpiry
  sales_channels?: { id: string; name: string }[]
  sales_channel_ids?: string[]
  /** Given automatically to customers whose orders match ("Connections"); null when none. */
  purchase_rule?: AdminFlagPurchaseRule | null
}

export type AdminCustomerFlagResponse = { customer_flag: AdminCustomerFlag }
export type AdminCustomerFlagListResponse = PaginatedResponse<{
  customer_flags: AdminCustomerFlag[]
}>
export type AdminCustomerFlagDeleteResponse = DeleteResponse<"customer_flag">

/** One period during which a customer had a flag, with the flag. */
export type AdminCustomerFlagAssignment = Pick<
  ModelResponse<InferTypeOf<typeof CustomerFlagAssignment>>,
  | "id"
  | "flag_id"
  | "customer_id"
  | "source"
  | "assigned_by"
  | "assigned_at"
  | "expires_at"
  | "note"
  | "source_id"
  // A rule or segment that renewed a manual assignment, keeping its note.
  | "renewal_source"
  | "renewal_source_id"
  | "removed_at"
  | "removed_by"
  | "removal_reason"
> & {
  flag: AdminCustomerFlag | null
}

export type AdminCustomerFlagAssignmentsResponse = {
  flag_assignments: AdminCustomerFlagAssignment[]
}
export type AdminCustomerFlagAssignmentResponse = {
  flag_assignment: AdminCustomerFlagAssignment
}
export type AdminCustomerFlagAssignmentDeleteResponse = DeleteResponse<"customer_flag_assignment">
